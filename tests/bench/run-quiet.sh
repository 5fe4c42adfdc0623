#!/usr/bin/env bash
# Runs a benchmark as if the machine were otherwise idle, as far as the scheduler allows:
#
#   tests/bench/run-quiet.sh build/bin/bench_sample /tmp/day
#
# Linux's autogroup (/proc/sys/kernel/sched_autogroup_enabled = 1, the default on Debian)
# gives every session an equal share of the CPU and applies `nice` only inside a session,
# so `nice -n 19 make` in another terminal does not make room for a benchmark. This starts
# the command in a session of its own and sets that session's autogroup to nice -20
# (root only; otherwise it runs at the normal share and says so). It holds
# /tmp/traceload-bench.lock so that two benchmarks never overlap (and tells the ones that
# lock by themselves, through TRACELOAD_BENCH_LOCK_HELD=1, that it is held).
set -euo pipefail
if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
export TRACELOAD_BENCH_LOCK_HELD=1 # benchmarks that take the lock themselves skip it
exec flock /tmp/traceload-bench.lock setsid -w bash -c '
    if ! echo -20 2>/dev/null >/proc/self/autogroup; then
        echo "run-quiet: cannot raise the autogroup priority (not root?); other sessions share the CPU" >&2
    fi
    exec "$@"' run-quiet "$@"
