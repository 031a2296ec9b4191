#!/bin/sh
# run.sh [-n RUNS] [BENCH.py...] - time refpy against CPython 3.11, side by side.
#
# Each benchmark runs RUNS times (default 5) on ./refpy and on CPython,
# interleaved (refpy, cpython, refpy, cpython, ...) so that both see the
# same machine load.  Reported: the median wall time and the median peak
# resident memory of each, and refpy/CPython ratios (below 1.00 = refpy
# is better).  The outputs of the two are compared too.
#
# CPython is Debian's /usr/bin/python3.11 (the PGO build, the fastest on
# the machine) run with -S, as the developers' guide asks; override with
# CPYTHON=...
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
refpy=${REFPY:-$top/refpy}
cpython=${CPYTHON:-/usr/bin/python3.11}
[ -x "$cpython" ] || cpython=$(command -v python3)
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
if [ $# -eq 0 ]; then set -- "$here"/*.py; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# one run: prints "<nanoseconds> <peak KB>"
measure() {
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$tmp/mem" "$@" >"$tmp/out" 2>"$tmp/err"
  t1=$(date +%s%N)
  echo "$((t1 - t0)) $(tail -n 1 "$tmp/mem")"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print 0; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-12s %10s %10s %7s %10s %10s %7s  %s\n' benchmark refpy_ms cpython_ms ratio refpy_MB cpy_MB ratio check
for b in "$@"; do
  name=$(basename "$b" .py)
  : >"$tmp/r.t"; : >"$tmp/r.m"; : >"$tmp/c.t"; : >"$tmp/c.m"
  check=ok
  i=0
  while [ $i -lt "$runs" ]; do
    set -- $(measure "$refpy" "$b"); echo "$1" >>"$tmp/r.t"; echo "$2" >>"$tmp/r.m"
    cp "$tmp/out" "$tmp/r.out"
    set -- $(measure "$cpython" -S "$b"); echo "$1" >>"$tmp/c.t"; echo "$2" >>"$tmp/c.m"
    cmp -s "$tmp/out" "$tmp/r.out" || check=DIFFERS
    i=$((i + 1))
  done
  rt=$(median <"$tmp/r.t"); ct=$(median <"$tmp/c.t")
  rm_=$(median <"$tmp/r.m"); cm=$(median <"$tmp/c.m")
  awk -v n="$name" -v rt="$rt" -v ct="$ct" -v rm="$rm_" -v cm="$cm" -v ck="$check" 'BEGIN {
    printf "%-12s %10.1f %10.1f %7.2f %10.1f %10.1f %7.2f  %s\n", n, rt/1e6, ct/1e6, (ct>0?rt/ct:0), rm/1024, cm/1024, (cm>0?rm/cm:0), ck }'
done
echo "(medians of $runs interleaved runs; CPython: $cpython -S)"
