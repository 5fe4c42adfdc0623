#!/usr/bin/env bash
# Runs the README's quick-start commands, exactly as written there, on a clean Debian 12 root:
# a `debootstrap --variant=minbase bookworm` tree (the base system only; the README's own
# install step must bring the compiler and everything else), with a fresh clone of this
# repository's HEAD, as root, without a display. Proves that .ci/install-deps.sh is complete.
#
#   sudo bash .ci/fresh-debian.sh [--main-only | --tests-only | --bootstrap-only] [--keep]
#
# The pristine minbase root is cached as a tarball and unpacked anew for every run, so
# nothing installed by an earlier run can hide a missing package. Downloaded .deb files and
# ccache's cache are kept between runs (they make a second run fast, and neither installs
# anything by itself). The mirror comes from this machine's own apt sources.
# Needs root, debootstrap (installed if missing) and git.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cache="${TRACELOAD_FRESH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/traceload-fresh-debian}"
work="${TRACELOAD_FRESH_ROOT:-/var/tmp/traceload-fresh-debian}"
root="$work/root"
which_commands="both"
keep=0
for arg in "$@"; do
  case "$arg" in
    --main-only) which_commands=main ;;
    --tests-only) which_commands=tests ;;
    --bootstrap-only) which_commands=none ;;
    --keep) keep=1 ;;
    *) echo "usage: $0 [--main-only | --tests-only | --bootstrap-only] [--keep]" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian: run as root (chroot and mounts need it)" >&2; exit 2; }

# The mirror and the suites this machine already uses (one-line and deb822 source formats).
apt_sources() {
  {
    cat /etc/apt/sources.list 2>/dev/null || true
    for f in /etc/apt/sources.list.d/*.list; do if [ -f "$f" ]; then cat "$f"; fi; done
  } | sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) \([^ ]*\) .*/\2 \3/p'
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk '/^URIs:/ {u=$2} /^Suites:/ {for (i = 2; i <= NF; i++) s = s " " $i}
         /^$/ {if (u != "") {n = split(s, a, " "); for (i = 1; i <= n; i++) print u, a[i]}; u=""; s=""}
         END {if (u != "") {n = split(s, a, " "); for (i = 1; i <= n; i++) print u, a[i]}}' "$f"
  done
}
mapfile -t sources < <(apt_sources | awk '$2 ~ /^bookworm/' | sort -u)
mirror="$(printf '%s\n' "${sources[@]}" | awk '$2 == "bookworm" {print $1; exit}')"
[ -n "$mirror" ] || { echo "fresh-debian: no bookworm mirror in this machine's apt sources" >&2; exit 2; }

command -v debootstrap >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
}

mkdir -p "$cache/debs" "$cache/ccache" "$work"
tarball="$cache/bookworm-minbase.tar"
if [ ! -f "$tarball" ]; then
  echo "fresh-debian: bootstrapping a minimal Debian 12 root from $mirror (cached afterwards)"
  rm -rf "$work/bootstrap"
  debootstrap --variant=minbase --cache-dir="$cache/debs" bookworm "$work/bootstrap" "$mirror" \
    >"$work/debootstrap.log" 2>&1 || { tail -n 20 "$work/debootstrap.log"; exit 1; }
  tar -C "$work/bootstrap" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
  rm -rf "$work/bootstrap"
fi

[ "$which_commands" != none ] || { echo "fresh-debian: minbase root cached in $tarball"; exit 0; }

mounts=()
cleanup() {
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
  [ $keep -eq 1 ] || rm -rf "$root"
}
trap cleanup EXIT
bind() { mkdir -p "$2" && mount --bind "$1" "$2" && mounts+=("$2"); }

rm -rf "$root" && mkdir -p "$root"
tar -C "$root" -xf "$tarball"
printf 'deb %s main\n' "${sources[@]}" >"$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
bind /dev "$root/dev"
bind /dev/pts "$root/dev/pts"
bind "$cache/debs" "$root/var/cache/apt/archives"
bind "$cache/ccache" "$root/root/.cache/ccache"
git clone -q --no-hardlinks "$repo" "$root/root/traceload"

# The README's two commands: the first two ```sh blocks of its "Quick start" section.
mapfile -t commands < <(awk '/^## Quick start/ {q = 1; next} q && /^## / {exit}
  q && /^```sh/ {c = 1; next} c && /^```/ {c = 0; next} c {print}' "$repo/README.md")
[ ${#commands[@]} -eq 2 ] || { echo "fresh-debian: expected two commands in README's Quick start" >&2; exit 2; }
names=(main tests)
status=0
for i in 0 1; do
  [ "$which_commands" = both ] || [ "$which_commands" = "${names[$i]}" ] || continue
  echo "fresh-debian: ${names[$i]} command: ${commands[$i]}"
  start=$(date +%s)
  set +e
  env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 CI=true TERM=dumb chroot "$root" /bin/bash -c "cd /root/traceload && ${commands[$i]}" \
    </dev/null 2>&1 | tee "$work/${names[$i]}.log" | tail -n 25
  rc=${PIPESTATUS[0]}
  set -e
  echo "fresh-debian: ${names[$i]} command exit $rc after $(($(date +%s) - start)) s (log: $work/${names[$i]}.log)"
  [ $rc -eq 0 ] || status=1
done
exit $status
