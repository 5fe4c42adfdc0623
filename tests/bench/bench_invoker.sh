#!/usr/bin/env bash
# Benchmark of `traceload --batch invoke` against the emulator (traceload-function) on
# 127.0.0.1, as issue 3 asks: equidistant loads at 2,000 and 5,000 calls/s for 30 s with
# 0-1 ms of sleep per call; lateness from the invoker's own records AND from the emulator's
# arrival log (aligned through summary.json's start_unix_us); the highest rate that keeps
# p99 lateness <= 5 ms with nothing lost; h2load's closed-loop throughput against the same
# emulator; memory per record and peak RSS of a 1 M-invocation run (refused connections).
#
#   tests/bench/bench_invoker.sh [BUILD_DIR]      (default: build)
# Environment: RATES ("2000 5000"), SECONDS_PER_RATE (30), SWEEP ("8000 10000 ..."),
#              SWEEP_SECONDS (10), OUT (/tmp/traceload-bench-invoker), INVOKE_FLAGS (""),
#              PARTS ("rates sweep h2load memory": the sections to run).
# Traffic stays on 127.0.0.1 and every run is bounded.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
BIN=$BUILD/bin
OUT=${OUT:-/tmp/traceload-bench-invoker}
RATES=${RATES:-"2000 5000"}
SECONDS_PER_RATE=${SECONDS_PER_RATE:-30}
SWEEP=${SWEEP:-"3000 4000 5000 6000 8000 10000 12000 15000 20000"}
SWEEP_SECONDS=${SWEEP_SECONDS:-10}
INVOKE_FLAGS=${INVOKE_FLAGS:-}
PARTS=${PARTS:-"rates sweep h2load memory"}
want() { [[ " $PARTS " == *" $1 "* ]]; }
WARMUP=2
mkdir -p "$OUT"
for b in traceload traceload-function; do
    [[ -x $BIN/$b ]] || { echo "missing $BIN/$b (build it first)" >&2; exit 2; }
done

cat > "$OUT/services.json" <<'JSON'
{ "fn-0": {"duration": {"0-percentile": 0, "100-percentile": 1}, "memory": {"0-percentile": 0, "100-percentile": 0}},
  "fn-1": {"duration": {"0-percentile": 0, "100-percentile": 1}, "memory": {"0-percentile": 0, "100-percentile": 0}},
  "fn-2": {"duration": {"0-percentile": 0, "100-percentile": 1}, "memory": {"0-percentile": 0, "100-percentile": 0}},
  "fn-3": {"duration": {"0-percentile": 0, "100-percentile": 1}, "memory": {"0-percentile": 0, "100-percentile": 0}} }
JSON

# make_load RATE SECONDS FILE: second slots, RATE equidistant calls each, 4 endpoints.
make_load() {
    python3 - "$1" "$2" "$3" <<'PY'
import sys
rate, seconds, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with open(path, "w") as f:
    f.write("[")
    for s in range(seconds):
        ts = ",".join(str(i * 1_000_000 // rate) for i in range(rate))
        ep = ",".join('"fn-%d"' % (i % 4) for i in range(rate))
        f.write(("," if s else "") + '{"timestamp":[%s],"endpoint":[%s]}' % (ts, ep))
    f.write("]")
PY
}

EMU_PID=
EMU_ADDR=
start_emulator() { # [extra flags...]
    : > "$OUT/emu.out"
    "$BIN/traceload-function" --listen 127.0.0.1:0 --services "$OUT/services.json" \
        --work sleep "$@" > "$OUT/emu.out" 2> "$OUT/emu.err" &
    EMU_PID=$!
    for _ in $(seq 100); do
        EMU_ADDR=$(sed -n 's/^listening on //p' "$OUT/emu.out")
        [[ -n $EMU_ADDR ]] && return 0
        sleep 0.1
    done
    echo "emulator did not start" >&2; cat "$OUT/emu.err" >&2; exit 1
}
stop_emulator() {
    kill -INT "$EMU_PID" 2>/dev/null || true
    wait "$EMU_PID" 2>/dev/null || true
}
trap 'stop_emulator' EXIT

# analyze RUN_DIR ARRIVALS RATE: one result line (JSON) on stdout.
analyze() {
    python3 - "$@" <<'PY'
import csv, json, math, sys
run, arrivals_path, rate = sys.argv[1], sys.argv[2], int(sys.argv[3])
summary = json.load(open(run + "/summary.json"))
start = summary["start_unix_us"]
def pct(v, p):  # nearest rank, as summary.json
    if not v: return None
    v = sorted(v)
    return v[max(1, math.ceil(p * len(v) / 100 - 1e-9)) - 1]
sched_all, late_inv = [], []
with open(run + "/invocations.csv") as f:
    for row in csv.DictReader(f):
        sched_all.append(int(row["scheduled_us"]))
        if row["phase"] == "measured" and row["lateness_us"]:
            late_inv.append(int(row["lateness_us"]))
sched_all.sort()
arr = []
if arrivals_path != "-":
    with open(arrivals_path) as f:
        next(f)
        arr = sorted(int(line.split(",", 1)[0]) - start for line in f if line.strip())
# k-th arrival <-> k-th scheduled call (equidistant load: the order is the schedule's)
warm = summary["counts"]["scheduled"] - summary["measured"]["scheduled"]
late_srv = [a - s for a, s in zip(arr[warm:], sched_all[warm:])]
def ps(v):
    return {k: pct(v, p) for k, p in (("p50", 50), ("p99", 99), ("p999", 99.9), ("max", 100))}
print(json.dumps({
    "rate": rate,
    "scheduled": summary["counts"]["scheduled"], "ok": summary["counts"]["ok"],
    "error": summary["counts"]["error"], "timeout": summary["counts"]["timeout"],
    "not_sent": summary["counts"]["not_sent"], "arrivals": len(arr),
    "achieved": round(summary["rate"]["achieved"], 1),
    "late_invoker_us": ps(late_inv), "late_server_us": ps(late_srv) if arr else None,
    "latency_us": {k: summary["latency_us"][k] for k in ("p50", "p99", "max")},
    "response_us": {k: summary["response_us"][k] for k in ("p50", "p99")},
}))
PY
}

peak_rss_kb() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
cpu_pct() { sed -n 's/.*Percent of CPU this job got: //p' "$1"; }

# run_rate RATE SECONDS -> appends a JSON line to $OUT/results.jsonl, prints it
run_rate() {
    local rate=$1 secs=$2 dir="$OUT/run_$1"
    rm -rf "$dir"; mkdir -p "$dir"
    make_load "$rate" $((secs + WARMUP)) "$dir/load.json"
    local load_before; load_before=$(cut -d' ' -f1 /proc/loadavg)
    start_emulator --arrivals "$dir/arrivals.csv"
    /usr/bin/time -v "$BIN/traceload" --batch invoke -traceFile "$dir/load.json" -min false \
        -warmup $WARMUP -duration "$secs" --connect-to "$EMU_ADDR" --out-dir "$dir" --quiet \
        $INVOKE_FLAGS > "$dir/invoke.out" 2> "$dir/invoke.err" || true
    stop_emulator
    local line
    line=$(analyze "$dir" "$dir/arrivals.csv" "$rate")
    line=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); d["peak_rss_kb"]=int(sys.argv[2]); d["cpu"]=sys.argv[3]; d["loadavg_before"]=float(sys.argv[4]); print(json.dumps(d))' \
        "$line" "$(peak_rss_kb "$dir/invoke.err")" "$(cpu_pct "$dir/invoke.err")" "$load_before")
    echo "$line" | tee -a "$OUT/results.jsonl"
}

passes() { # JSON line -> exit 0 when nothing was lost and both p99 lateness <= 5 ms
    python3 -c '
import json,sys
d=json.loads(sys.argv[1])
ok = d["ok"] == d["scheduled"] and d["arrivals"] == d["scheduled"] \
     and d["late_invoker_us"]["p99"] <= 5000 and d["late_server_us"]["p99"] <= 5000
sys.exit(0 if ok else 1)' "$1"
}

: > "$OUT/results.jsonl"
if want rates; then
echo "== fixed rates (${SECONDS_PER_RATE} s measured + ${WARMUP} s warm-up)"
for r in $RATES; do run_rate "$r" "$SECONDS_PER_RATE" > /dev/null; tail -1 "$OUT/results.jsonl"; done
fi

if want sweep; then
echo "== sweep (${SWEEP_SECONDS} s each): highest rate with p99 lateness <= 5 ms, nothing lost"
best=0
for r in $SWEEP; do
    line=$(run_rate "$r" "$SWEEP_SECONDS")
    if passes "$line"; then best=$r; else echo "  $r calls/s fails"; break; fi
done
echo "best_rate=$best" | tee "$OUT/best_rate.txt"
fi

if want h2load; then
echo "== h2load closed loop against the same emulator (fn-0, 0-1 ms sleep)"
printf '\x00\x00\x00\x00\x0b\x0a\x09traceload' > "$OUT/grpc_body.bin"
start_emulator --default-service fn-0
for conc in "1 64" "2 64" "4 128"; do
    set -- $conc
    h2load -D 10 -c "$1" -m "$2" -t 1 --data "$OUT/grpc_body.bin" \
        -H 'content-type: application/grpc' -H 'te: trailers' -H ':authority: fn-0' \
        "http://$EMU_ADDR/helloworld.Greeter/SayHello" > "$OUT/h2load_c$1_m$2.txt" 2>&1 || true
    echo "  h2load -c $1 -m $2: $(grep -E '^finished in' "$OUT/h2load_c$1_m$2.txt") $(grep -E '^status codes' "$OUT/h2load_c$1_m$2.txt")"
done
stop_emulator
fi

if want memory; then
echo "== memory: 1,000,000 and 10,000 invocations against a refused port (127.0.0.1:9)"
for n in 10000 1000000; do
    dir="$OUT/mem_$n"; rm -rf "$dir"; mkdir -p "$dir"
    make_load $((n / 20)) 20 "$dir/load.json"
    /usr/bin/time -v "$BIN/traceload" --batch invoke -traceFile "$dir/load.json" -min false \
        -warmup 0 -duration 20 --connect-to 127.0.0.1:9 -grpcTimeout 2 --out-dir "$dir" \
        --quiet > "$dir/invoke.out" 2> "$dir/invoke.err" || true
    echo "  $n invocations: peak RSS $(peak_rss_kb "$dir/invoke.err") kB, $(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print("scheduled", s["counts"]["scheduled"], "error", s["counts"]["error"], "not_sent", s["counts"]["not_sent"], "lateness p99", s["lateness_us"]["p99"], "us")' "$dir/summary.json")"
done
a=$(peak_rss_kb "$OUT/mem_10000/invoke.err"); b=$(peak_rss_kb "$OUT/mem_1000000/invoke.err")
echo "  memory per invocation (load + record): $(( (b - a) * 1024 / 990000 )) bytes"
fi
