#!/usr/bin/env bash
# End-to-end `traceload --batch loadgen` timings (parse + map + generate + write) with peak
# RSS, on generated Azure-format traces. Usage: bench_pipeline.sh BUILD_DIR [SCRATCH_DIR]
# Run on purpose (README "Performance"); never part of ctest.
set -euo pipefail
build=$(cd "$1" && pwd)
scratch=${2:-$(mktemp -d)}
bin=$build/bin
gen=$bin/traceload-gen-trace
mkdir -p "$scratch"

trace() { # name functions slots
  [ -f "$scratch/$1/invocations.csv" ] || "$gen" --functions "$2" --slots "$3" --out "$scratch/$1" --seed 1 >/dev/null
}

measure() { # label, then loadgen arguments
  local label=$1; shift
  local best=""
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$scratch/time.txt" "$bin/traceload" --batch loadgen --backend dry-run -dbg false \
      -o "$scratch/load.json" "$@" >"$scratch/out.txt" 2>/dev/null
    read -r secs kb <"$scratch/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; rss=$kb; fi
  done
  local n
  n=$(grep -o '[0-9]* invocations' "$scratch/out.txt" | head -1)
  printf '%-58s %7.2f s  %6d MB  %s\n' "$label" "$best" $((rss / 1024)) "$n"
}

trace t2000x60 2000 60
trace t46000x1440 46000 1440
echo "loadgen, best of 3 (wall time, peak RSS):"
measure "sample 250 fn x 22 min, uniform" -d 20 -w 2
measure "sample 250 fn x 22 min, exponential" -d 20 -w 2 -i exponential
measure "2,000 fn x 60 min, uniform" -t "$scratch/t2000x60" -d 58 -w 2
measure "2,000 fn x 60 min, exponential" -t "$scratch/t2000x60" -d 58 -w 2 -i exponential
measure "46,000 fn x 1,440 min (day), 2 minutes" -t "$scratch/t46000x1440" -d 1 -w 1 --offset 600
