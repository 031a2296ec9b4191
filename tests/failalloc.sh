#!/bin/sh
# failalloc.sh [DEBUG_REFPY] - allocation-failure injection over the whole run.
#
# A debug build makes its Nth memory allocation fail when RP_FAIL_ALLOC=N
# (src/core/alloc.c), as Lua's memerr tests do.  For each program of
# tests/failalloc/ this runs it once for every N from 1 to the number of
# allocations the program makes, and requires each run to end either
# normally or with a Python exception / a clear message: exit status below
# 128 (no crash, no abort, no timeout) and nothing on stderr from the
# sanitizers or refpy's own consistency checks: the runs have
# RP_LEAK_CHECK=1, so a leaked object or a heap-check failure fails too.
#
# Start-up is the same for every program, so N = 1..S (S = allocations at
# the end of start-up, from RP_ALLOC_COUNT=1) is tried once, with
# hello.py; each program then gets N = S+1..T.  Runs go in parallel
# (FAILALLOC_JOBS, default: the number of CPUs); FAILALLOC_STEP=k tries
# every kth N only (default 1: all of them, about 16,000 runs, an hour on
# two cores; CI uses a step, see .ci/run).
#
# Ends with "failalloc: R runs, F failed"; exits 1 if any failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)

if [ "${1:-}" = "--one" ]; then
    # one run: --one REFPY PROGRAM N
    refpy=$2; prog=$3; n=$4
    err=$(mktemp)
    (cd "$here/failalloc" && RP_LEAK_CHECK=1 RP_FAIL_ALLOC=$n timeout 20 "$refpy" "$prog" \
        >/dev/null 2>"$err" </dev/null)
    status=$?
    why=""
    [ "$status" -lt 124 ] || why="exit status $status"
    if grep -q -e 'AddressSanitizer' -e 'runtime error:' -e 'Assertion' -e 'Fatal' \
               -e '^refpy: negative reference count' -e '^refpy: rp_gc_track' \
               -e '^refpy: .*leaked' -e '^refpy: heap check' "$err"; then
        why="${why:+$why; }$(grep -m1 -e AddressSanitizer -e 'runtime error:' -e Assertion \
            -e Fatal -e '^refpy: ' "$err" | head -c 200)"
    fi
    [ -z "$why" ] || echo "FAIL $prog RP_FAIL_ALLOC=$n: $why; stderr: $(tail -n 1 "$err" | head -c 200)"
    rm -f "$err"
    exit 0
fi

refpy=${1:-$(dirname "$here")/build/debug/refpy}
case "$refpy" in /*) ;; *) refpy="$(pwd)/$refpy" ;; esac
jobs=${FAILALLOC_JOBS:-$(nproc 2>/dev/null || echo 2)}
step=${FAILALLOC_STEP:-1}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

count() {   # count PROGRAM WHEN -> allocations made by then
    (cd "$here/failalloc" && RP_LEAK_CHECK=0 RP_ALLOC_COUNT=1 "$refpy" "$1" 2>&1 >/dev/null \
        </dev/null) | sed -n "s/^refpy: allocations: \([0-9]*\) at $2\$/\1/p"
}

start=$(count hello.py start-up)
if [ -z "$start" ]; then
    echo "failalloc: $refpy does not count allocations (not a debug build?)"
    exit 1
fi
: >"$tmp/jobs"
n=1
while [ "$n" -le "$start" ]; do echo "hello.py $n" >>"$tmp/jobs"; n=$((n + step)); done
for p in $(cd "$here/failalloc" && ls *.py); do
    total=$(count "$p" exit)
    n=$((start + 1))
    while [ "$n" -le "${total:-0}" ]; do echo "$p $n" >>"$tmp/jobs"; n=$((n + step)); done
done
runs=$(wc -l <"$tmp/jobs")
xargs -P "$jobs" -L 1 sh "$here/failalloc.sh" --one "$refpy" <"$tmp/jobs" >"$tmp/out"
sort -t= -k2 -n "$tmp/out"
failed=$(grep -c '^FAIL' "$tmp/out")
echo "failalloc: $runs runs (start-up: $start allocations), $failed failed"
[ "$failed" -eq 0 ]
