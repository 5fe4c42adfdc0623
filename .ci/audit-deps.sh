#!/usr/bin/env bash
# Dependency audit: every Debian package that the configured build in BUILD_DIR loaded (CMake
# package configs, libraries and programs recorded in CMakeCache.txt, shared libraries of the
# built binaries) and every tool the tests and benchmarks call must be installed by
# .ci/packages.txt: listed there, in the Depends/Pre-Depends closure of the list, or part of
# every Debian system (Essential or Priority required). A package that is on this machine only
# by accident is named, and the audit fails.
#
#   bash .ci/audit-deps.sh [BUILD_DIR]        (default: build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-build}"
cache="$build/CMakeCache.txt"
command -v dpkg-query >/dev/null && command -v apt-cache >/dev/null || {
  echo "audit-deps: not a Debian system (no dpkg/apt-cache): skipped"; exit 77; }
[ -f "$cache" ] || { echo "audit-deps: $cache not found: configure first" >&2; exit 2; }

# Programs that tests, benchmarks or the README's commands run by name.
tools=(cmake ninja g++ bash xvfb-run Xvfb xauth h2load tar xz)

mapfile -t listed < <(sed -e 's/#.*//' "$here/packages.txt" | tr -s ' \t' '\n' | sed '/^$/d')

# The closure of the list over hard dependencies (virtual packages resolve to their providers,
# which --recurse prints as top-level entries too).
declare -A ok=()
while read -r name; do ok["${name%%:*}"]=1; done < <(
  apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${listed[@]}" 2>/dev/null |
    sed -n -e 's/^\([^ <][^ ]*\)$/\1/p' -e 's/^ *|\{0,1\}\(Pre\)\{0,1\}Depends: \([^ <][^ ]*\).*/\2/p')
for p in "${listed[@]}"; do ok["$p"]=1; done
# What every Debian root has.
while read -r name prio ess; do
  if [ "$prio" = required ] || [ "$ess" = yes ]; then ok["${name%%:*}"]=1; fi
done < <(dpkg-query -W -f='${Package} ${Priority} ${Essential}\n')

# Files the build and the tests use, each with why it is needed.
declare -A why=()
add() { [ -e "$1" ] && why["$(readlink -f "$1")"]="$2"; return 0; }
while IFS='=' read -r key value; do
  name="${key%%:*}"
  type="${key#*:}"
  case "$value" in /usr/* | /bin/* | /lib/* | /sbin/*) ;; *) continue ;; esac
  if [ "$type" = PATH ] && [ -d "$value" ]; then
    for f in "$value"/*[Cc]onfig.cmake "$value"/*-config.cmake; do
      add "$f" "CMake package $name"
    done
  elif [ "$type" = FILEPATH ]; then
    add "$value" "CMake cache $name"
  fi
done < <(grep -E '^[A-Za-z0-9_.+-]+:(PATH|FILEPATH)=' "$cache")
for bin in "$build"/bin/*; do
  [ -x "$bin" ] && [ -f "$bin" ] || continue
  while read -r lib; do add "$lib" "linked by $(basename "$bin")"; done < <(
    ldd "$bin" 2>/dev/null | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p')
done
for t in "${tools[@]}"; do
  path="$(command -v "$t" || true)"
  if [ -n "$path" ]; then add "$path" "tool $t"; else why["missing-tool:$t"]="tool $t"; fi
done
# Figures and the window draw text: without a font Qt renders none.
font="$(fc-match -f '%{file}' sans-serif 2>/dev/null || true)"
[ -f "$font" ] || font="$(find /usr/share/fonts -name '*.ttf' 2>/dev/null | sort | head -n 1)"
if [ -n "$font" ]; then add "$font" "the font figures and the window draw text with"; else
  why["missing-tool:a TrueType font"]="font"; fi

declare -A bad=()
missing_tools=()
for f in "${!why[@]}"; do
  if [[ $f == missing-tool:* ]]; then missing_tools+=("${f#missing-tool:}"); continue; fi
  # dpkg knows a file by the path it installed, which may differ from the resolved one
  # (/lib vs /usr/lib on a merged-/usr system).
  owner="$(dpkg -S "$f" 2>/dev/null || dpkg -S "${f#/usr}" 2>/dev/null || true)"
  [ -n "$owner" ] || continue # not from a package (built here, or generated)
  pkg="${owner%%:*}"
  pkg="${pkg%%,*}"
  [ -n "${ok[$pkg]:-}" ] || bad["$pkg"]+="    $f (${why[$f]})"$'\n'
done

status=0
if [ ${#missing_tools[@]} -gt 0 ]; then
  echo "audit-deps: tools the tests call are not installed: ${missing_tools[*]}"
  status=1
fi
if [ ${#bad[@]} -gt 0 ]; then
  echo "audit-deps: packages used but not installed by .ci/packages.txt:"
  for pkg in $(printf '%s\n' "${!bad[@]}" | sort); do
    echo "  $pkg"
    printf '%s' "${bad[$pkg]}" | sort | head -n 3
  done
  status=1
fi
[ $status -eq 0 ] && echo "audit-deps: all ${#why[@]} files used come from .ci/packages.txt or the base system"
exit $status
