#!/usr/bin/env bash
# Runs every libFuzzer target of build-fuzz/ for N minutes each, one after the other,
# seeded from the test fixtures and the bundled sample:
#
#   cmake --preset fuzz && cmake --build build-fuzz && tests/fuzz/run-fuzzers.sh 10
#
# Corpora grow in build-fuzz/corpus/<target>/, crash inputs land in
# build-fuzz/crashes/<target>/, and each target's log (with -print_final_stats=1) in
# build-fuzz/fuzz-logs/<target>.log. Exit status 1 when any target found something.
# FUZZ_TARGETS="fuzz_yaml fuzz_trace" limits the run; FUZZ_NICE (default 10) its priority:
# the nice value of the fuzzer's own session (autogroup), since with Debian's default
# sched_autogroup `nice` alone ranks a process only against its own session.
set -uo pipefail

minutes=${1:-10}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
targets=${FUZZ_TARGETS:-"fuzz_trace fuzz_profile fuzz_config fuzz_load_json fuzz_mapping fuzz_deployment_record fuzz_yaml"}
fixtures=$source_dir/tests/fixtures
sample=$source_dir/resources/vswarm
separator=$'\n%%%%\n'

# The first `lines` lines of a file (large sample files make slow seeds).
head_of() { head -n "$2" "$1"; }

seed_trace() {
    local out=$1
    printf '%s' "$(cat "$fixtures/trace/small/invocations.csv")$separator$(cat "$fixtures/trace/small/durations.csv")$separator$(cat "$fixtures/trace/small/memory.csv")" >"$out/small"
    printf '%s' "$(cat "$fixtures/trace/small/invocations.csv")$separator$(cat "$fixtures/trace/small/durations.csv")$separator$(cat "$fixtures/trace/app_memory.csv")" >"$out/app_memory"
    printf '%s' "$(head_of "$sample/trace/invocations.csv" 6)$separator$(head_of "$sample/trace/durations.csv" 6)$separator$(head_of "$sample/trace/memory.csv" 6)" >"$out/sample_head"
}

seed() {
    local target=$1 out=$2
    mkdir -p "$out"
    case $target in
    fuzz_trace) seed_trace "$out" ;;
    fuzz_profile)
        python3 - "$sample/profile.json" "$out" <<'PY'
import json, sys
profile = json.load(open(sys.argv[1]))
keys = list(profile)
for n in (1, 3, 10):
    json.dump({k: profile[k] for k in keys[:n]}, open(f"{sys.argv[2]}/first{n}.json", "w"), indent=2)
PY
        ;;
    fuzz_config)
        printf '[{"yaml-location": "./yamls/kn.yaml", "predeployment-commands": [], "postdeployment-commands": ["echo done"]}]\n' >"$out/minimal.json"
        python3 - "$sample/config.json" "$out" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
json.dump(config[:3], open(f"{sys.argv[2]}/first3.json", "w"), indent=2)
PY
        ;;
    fuzz_load_json)
        cp "$fixtures/load/seed_indent3.json" "$out/"
        printf '[{"timestamp":[0,5,900],"endpoint":["a","b","a"]},{"timestamp":[],"endpoint":[]}]\n' >"$out/two_slots.json"
        ;;
    fuzz_mapping)
        cp "$fixtures/mapping/sample_unique_first100_p75.json" "$fixtures/mapping/lsa_reference.json" "$out/"
        python3 - "$fixtures/mapping/sample_nearest_p75.json" "$out" <<'PY'
import json, sys
mapping = json.load(open(sys.argv[1]))
json.dump(dict(list(mapping.items())[:5]), open(f"{sys.argv[2]}/nearest_first5.json", "w"), indent=4)
PY
        ;;
    fuzz_deployment_record)
        cat >"$out/local.json" <<'JSON'
{"version": 1, "backend": "local", "status": "ready", "error": "", "created": "2026-01-01T00:00:00Z",
 "connect_to": "127.0.0.1:50051",
 "services": [{"name": "fn-1", "proxy": "aes-go", "endpoint": "fn-1.local", "applied": true, "ready": true, "reason": "", "trace_functions": 2}],
 "files": ["services.json", "deploy.log"], "pre_deployment_commands": [],
 "emulator_pid": 1234, "emulator_port": 50051, "emulator_start_ticks": 99, "emulator_program": "/usr/bin/traceload-function"}
JSON
        cat >"$out/knative.json" <<'JSON'
{"version": 1, "backend": "knative", "status": "failed", "error": "x", "created": "2026-01-01T00:00:00Z",
 "connect_to": "", "services": [{"name": "a", "proxy": "p", "endpoint": "http://a.default.example.com", "applied": true, "ready": false, "reason": "RevisionMissing", "trace_functions": 1}],
 "files": ["a.yaml"], "pre_deployment_commands": ["kubectl apply -f ./yamls/x/database.yaml"]}
JSON
        ;;
    fuzz_yaml)
        find "$sample/yamls" -name '*.yaml' | sort | head -n 40 | while read -r f; do
            cp "$f" "$out/$(echo "${f#"$sample/yamls/"}" | tr / _)"
        done
        ;;
    esac
}

mkdir -p "$build/fuzz-logs"
status=0
for target in $targets; do
    binary=$build/fuzz/$target
    [ -x "$binary" ] || { echo "missing $binary (cmake --preset fuzz && cmake --build build-fuzz)"; exit 2; }
    corpus=$build/corpus/$target
    seeds=$build/seeds/$target
    crashes=$build/crashes/$target
    rm -rf "$seeds"
    seed "$target" "$seeds"
    # What an earlier run found stays a seed (and a regression test, see tests/fixtures/fuzz).
    [ -d "$fixtures/fuzz/$target" ] && cp "$fixtures/fuzz/$target"/* "$seeds/"
    mkdir -p "$corpus" "$crashes"
    echo "== $target: $minutes min, $(ls "$seeds" | wc -l) seeds"
    # -rss_limit_mb / -timeout turn runaway memory and hangs into findings.
    setsid -w bash -c 'echo "$0" >/proc/self/autogroup 2>/dev/null || renice -n "$0" $$ >/dev/null; exec "$@"' \
        "${FUZZ_NICE:-10}" "$binary" "$corpus" "$seeds" \
        -max_total_time=$((minutes * 60)) -print_final_stats=1 -rss_limit_mb=2048 -timeout=10 \
        -max_len=65536 -artifact_prefix="$crashes/" >"$build/fuzz-logs/$target.log" 2>&1
    rc=$?
    grep -E "^stat::(number_of_executed_units|peak_rss_mb|new_units_added)|^#[0-9]+ *DONE" "$build/fuzz-logs/$target.log" | tail -n 4
    if [ $rc -ne 0 ]; then
        echo "   FOUND something (exit $rc): see $build/fuzz-logs/$target.log and $crashes"
        status=1
    fi
done
exit $status
