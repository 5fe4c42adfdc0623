#!/usr/bin/env python3
"""Rate sweep of `traceload --batch invoke` against a sink, a minimal server that answers
every call at once and only records arrival times (so the server's CPU use stays small next
to the invoker's; both share the machine's cores). --sink h2 (the default) is bench_h2_sink,
bare nghttp2 on one thread and epoll; --sink grpc is bench_grpc_sink, the gRPC C++ callback
server, which saturates near 40,000 calls/s on two cores shared with the invoker.

For every rate and repeat: an equidistant load of RATE calls/s over 4 endpoints
(--warmup + --seconds one-second slots), replayed with --connect-to the sink. Reported:
lateness from the server's arrival log (k-th arrival against the k-th scheduled call,
measured slots only), arrivals vs scheduled, CPU time of the invoker process (user+sys from
wait4) per call, its peak RSS, and the CPU the rest of the machine used meanwhile (other
engineers' builds). Then h2load's closed-loop rate against the same sink, and the highest
rate that kept p99 lateness <= 5 ms with nothing lost in every repeat, as a share of it.
Every measurement holds /tmp/traceload-bench.lock (flock) while it runs.

  tests/bench/bench_invoker_rate.py BUILD_DIR [--rates 2000,10000,...] [--seconds 10]
      [--repeats 3] [--flags "--spin-us 50"] [--out DIR] [--no-h2load] [--traceload BIN]
      [--sink h2|grpc]

--flags may be given several times (e.g. --flags "--transport h2" --flags "--transport grpc"):
the variants are measured interleaved, run by run, so that a change in the machine's load
hits them alike, and each gets its own table.
"""
import argparse
import fcntl
import json
import math
import os
import shlex
import signal
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager

LOCK = "/tmp/traceload-bench.lock"
ENDPOINTS = 4
SINKS = {"h2": "bench_h2_sink", "grpc": "bench_grpc_sink"}


@contextmanager
def bench_lock():
    # Under tests/bench/run-quiet.sh the lock is already held for the whole script.
    if os.environ.get("TRACELOAD_BENCH_LOCK_HELD") == "1":
        yield
        return
    with open(LOCK, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def make_load(rate, slots, path):
    with open(path, "w") as f:
        f.write("[")
        ts = ",".join(str(i * 1_000_000 // rate) for i in range(rate))
        ep = ",".join('"fn-%d"' % (i % ENDPOINTS) for i in range(rate))
        for s in range(slots):
            f.write(("," if s else "") + '{"timestamp":[%s],"endpoint":[%s]}' % (ts, ep))
        f.write("]")


def busy_jiffies():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    # user nice system idle iowait irq softirq steal (guest time is inside user already)
    busy = v[0] + v[1] + v[2] + v[5] + v[6]
    return busy, busy + v[3] + v[4] + v[7]


def proc_cpu_s(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(v, p):  # nearest rank, as summary.json
    if not v:
        return None
    return v[max(1, math.ceil(p * len(v) / 100 - 1e-9)) - 1]


def start_sink(args, arrivals):
    name = SINKS[args.sink]
    sink = subprocess.Popen([args.build + "/bin/" + name, "--listen", "127.0.0.1:0"] +
                            (["--arrivals", arrivals] if arrivals else []),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = sink.stdout.readline()
    if not line.startswith("listening on "):
        sink.kill()
        sys.exit(name + " did not start")
    return sink, line.split()[-1]


def stop_sink(sink):
    sink.send_signal(signal.SIGTERM)
    sink.wait(timeout=60)


def run_once(args, flags, rate, load, run_dir):
    os.makedirs(run_dir, exist_ok=True)
    arrivals = run_dir + "/arrivals.csv"
    with bench_lock():
        loadavg = float(open("/proc/loadavg").read().split()[0])
        sink, addr = start_sink(args, arrivals)
        busy0, total0 = busy_jiffies()
        sink_cpu0 = proc_cpu_s(sink.pid)
        t0 = time.monotonic()
        cmd = [args.traceload, "--batch", "invoke", "-traceFile", load,
               "-min", "false", "-warmup", str(args.warmup), "-duration", str(args.seconds),
               "--connect-to", addr, "--out-dir", run_dir, "--quiet"] + shlex.split(flags)
        with open(run_dir + "/invoke.out", "w") as out, open(run_dir + "/invoke.err", "w") as err:
            inv = subprocess.Popen(cmd, stdout=out, stderr=err)
            _, _, ru = os.wait4(inv.pid, 0)
        wall = time.monotonic() - t0
        sink_cpu = proc_cpu_s(sink.pid) - sink_cpu0
        busy1, total1 = busy_jiffies()
        stop_sink(sink)
    cores = os.cpu_count()
    busy_cores = (busy1 - busy0) / max(1, total1 - total0) * cores
    invoker_cpu = ru.ru_utime + ru.ru_stime
    summary = json.load(open(run_dir + "/summary.json"))
    counts = summary["counts"]
    sched = []
    with open(run_dir + "/invocations.csv") as f:
        next(f)
        for line in f:
            sched.append(int(line.split(",", 4)[3]))
    sched.sort()
    with open(arrivals) as f:
        next(f)
        arr = sorted(int(x) for x in f if x.strip())
    start = summary["start_unix_us"]
    warm = counts["scheduled"] - summary["measured"]["scheduled"]
    late = sorted(a - start - s for a, s in zip(arr[warm:], sched[warm:]))
    sent = counts["scheduled"] - counts["not_sent"]
    return {
        "rate": rate, "scheduled": counts["scheduled"], "ok": counts["ok"],
        "not_sent": counts["not_sent"], "arrivals": len(arr),
        "p50": pct(late, 50), "p99": pct(late, 99), "max": pct(late, 100),
        "invoker_p99": summary["lateness_us"]["p99"],
        "cpu_us_per_call": invoker_cpu * 1e6 / max(1, sent),
        "peak_mib": ru.ru_maxrss / 1024,
        "sink_cpu_us_per_call": sink_cpu * 1e6 / max(1, len(arr)),
        "others_cores": max(0.0, busy_cores - (invoker_cpu + sink_cpu) / wall),
        "loadavg": loadavg,
    }


def passes(r):
    return (r["ok"] == r["scheduled"] and r["arrivals"] == r["scheduled"]
            and r["p99"] is not None and r["p99"] <= 5000)


def h2load_rate(args):
    body = args.out + "/grpc_body.bin"
    with open(body, "wb") as f:  # HelloRequest{name: "traceload"}, gRPC-framed
        f.write(b"\x00\x00\x00\x00\x0b\x0a\x09traceload")
    with bench_lock():
        sink, addr = start_sink(args, None)
        out = subprocess.run(["h2load", "-D", "5", "-c", "4", "-m", "64", "-t", "1",
                              "--data", body, "-H", "content-type: application/grpc",
                              "-H", "te: trailers", "-H", ":authority: fn-0",
                              "http://%s/helloworld.Greeter/SayHello" % addr],
                             capture_output=True, text=True).stdout
        stop_sink(sink)
    for line in out.splitlines():
        if line.startswith("finished in"):
            return float(line.split(",")[1].split()[0])
    return None


def span(values, fmt):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    lo, med = min(values), statistics.median(values)
    return fmt(med) if len(values) == 1 or fmt(lo) == fmt(med) else "%s (%s)" % (fmt(med), fmt(lo))


def ms(us):
    return "%.2f" % (us / 1000)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--rates", default="2000,5000,10000,20000,30000,40000,50000")
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--flags", action="append", help="invoker flags; repeat to compare variants")
    ap.add_argument("--out", default="/tmp/traceload-bench-invoker-rate")
    ap.add_argument("--no-h2load", action="store_true")
    ap.add_argument("--traceload", help="the invoker to measure (default BUILD/bin/traceload)")
    ap.add_argument("--sink", choices=sorted(SINKS), default="h2",
                    help="server for the runs and h2load: h2 = bench_h2_sink (lean), "
                         "grpc = bench_grpc_sink")
    args = ap.parse_args()
    args.build = os.path.abspath(args.build)
    args.traceload = args.traceload or args.build + "/bin/traceload"
    os.makedirs(args.out, exist_ok=True)
    rates = [int(r) for r in args.rates.split(",")]
    variants = args.flags or [""]
    results = {v: {} for v in variants}
    for rate in rates:
        load = "%s/load_%d.json" % (args.out, rate)
        make_load(rate, args.warmup + args.seconds, load)
        for k in range(args.repeats):
            for n, flags in enumerate(variants):
                r = run_once(args, flags, rate, load, "%s/run_%d_%d_%d" % (args.out, rate, k, n))
                r["flags"] = flags
                results[flags].setdefault(rate, []).append(r)
                print(json.dumps(r), file=sys.stderr)
        os.remove(load)
    h2 = [] if args.no_h2load else [h2load_rate(args) for _ in range(args.repeats)]
    h2 = [x for x in h2 if x]
    for flags in variants:
        print_table(args, flags, rates, results[flags], h2)


def print_table(args, flags, rates, results, h2):
    print("invoker %s %s; sink %s; %d s measured + %d s warm-up per run, %d runs per rate; "
          "cells: median (min) over runs"
          % (args.traceload, flags, SINKS[args.sink], args.seconds, args.warmup, args.repeats))
    head = ("rate/s", "late p50 ms", "late p99 ms", "late max ms", "arrived/sched",
            "CPU us/call", "peak MiB", "sink us/call", "others cores", "loadavg", "pass")
    rows = []
    for rate in rates:
        rs = results[rate]
        rows.append((str(rate), span([r["p50"] for r in rs], ms), span([r["p99"] for r in rs], ms),
                     span([r["max"] for r in rs], ms),
                     " ".join("%d/%d" % (r["arrivals"], r["scheduled"]) for r in rs)
                     if any(r["arrivals"] != r["scheduled"] for r in rs) else "all",
                     span([r["cpu_us_per_call"] for r in rs], lambda v: "%.1f" % v),
                     span([r["peak_mib"] for r in rs], lambda v: "%.0f" % v),
                     span([r["sink_cpu_us_per_call"] for r in rs], lambda v: "%.1f" % v),
                     span([r["others_cores"] for r in rs], lambda v: "%.2f" % v),
                     span([r["loadavg"] for r in rs], lambda v: "%.1f" % v),
                     "%d/%d" % (sum(passes(r) for r in rs), len(rs))))
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    for r in [head] + rows:
        print("  ".join(c.rjust(w) for c, w in zip(r, widths)))
    best = max([rate for rate in rates if all(passes(r) for r in results[rate])], default=0)
    if h2:
        print("h2load closed loop (-c 4 -m 64 -t 1): %s calls/s; highest rate with p99 <= 5 ms "
              "and nothing lost in every run: %d/s = %.0f%% of h2load"
              % (span(h2, lambda v: "%.0f" % v), best, 100 * best / statistics.median(h2)))
    else:
        print("highest rate with p99 <= 5 ms and nothing lost in every run: %d/s" % best)


if __name__ == "__main__":
    main()
