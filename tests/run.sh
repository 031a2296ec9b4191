#!/bin/sh
# run.sh INTERPRETER [UNIT_TEST_BINARY...] - the whole test suite.
#
#  1. every tests/py/<topic>/NAME.py, compared with what python3 (CPython
#     3.11) printed when the test was recorded (tests/record.sh):
#       NAME.expected            exact stdout
#       NAME.expected_status     exit status (default 0)
#       NAME.expected_lastline   last line of stderr (empty: no stderr)
#  2. the C unit tests given on the command line (each prints its own
#     "ok"/"FAIL" lines and exits non-zero on failure)
#  3. the command-line tests of tests/cmd (tests/cmd/run.sh)
#  4. the mission's acceptance cases, ../shared/acceptance/check.sh
#     (skipped with a message when ../shared is absent)
# Ends with one line "N passed, N failed"; exits 1 if anything failed.
#
# RUN_CRASH_ONLY=1 checks only that each program of tests/py ends without
# a crash (signal, abort, timeout) and without a sanitizer, leak or
# heap-check report, not its output: for modes that legitimately change
# what a program sees, such as RP_GC_STRESS=2 (collection timing).
# RUN_EXCLUDE=REGEX skips the tests/py programs whose path matches.
set -u
interp=$1; shift
case "$interp" in /*) ;; *) interp="$(pwd)/$interp" ;; esac
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

for py in $(find "$here/py" -name '*.py' | sort); do
  dir=$(dirname "$py"); name=$(basename "$py" .py); base="$dir/$name"
  [ -f "$base.expected" ] || continue
  if [ -n "${RUN_EXCLUDE:-}" ] && echo "$py" | grep -q -E "$RUN_EXCLUDE"; then continue; fi
  (cd "$dir" && timeout 20 "$interp" "$name.py" >"$tmp/out" 2>"$tmp/err" </dev/null); status=$?
  want=0; [ -f "$base.expected_status" ] && want=$(cat "$base.expected_status")
  why=""
  if [ -n "${RUN_CRASH_ONLY:-}" ]; then
    [ "$status" -lt 124 ] || why="exit status $status"
    if grep -q -e 'ERROR: AddressSanitizer' -e 'runtime error:' -e 'leaked' -e '^refpy: heap check' \
         -e '^refpy: gc check' -e '^refpy: negative reference count' "$tmp/err"; then
      why="${why:+$why; }$(grep -m1 -e AddressSanitizer -e 'runtime error' -e leaked -e '^refpy: ' "$tmp/err" | head -c 200)"
    fi
    if [ -z "$why" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL ${py#$top/}: $why"; fi
    continue
  fi
  cmp -s "$tmp/out" "$base.expected" || why="stdout differs"
  [ "$status" = "$want" ] || why="${why:+$why; }exit status $status, expected $want"
  if [ -f "$base.expected_lastline" ]; then
    if [ -s "$base.expected_lastline" ]; then
      [ "$(tail -n 1 "$tmp/err")" = "$(cat "$base.expected_lastline")" ] || why="${why:+$why; }last stderr line: $(tail -n 1 "$tmp/err" | head -c 200)"
    else
      [ ! -s "$tmp/err" ] || why="${why:+$why; }unexpected stderr: $(head -c 200 "$tmp/err")"
    fi
  elif grep -q -e 'ERROR: AddressSanitizer' -e 'runtime error:' -e 'leaked' "$tmp/err"; then
    why="${why:+$why; }sanitizer or leak report: $(grep -m1 -e AddressSanitizer -e 'runtime error' -e leaked "$tmp/err" | head -c 200)"
  fi
  if [ -z "$why" ]; then pass=$((pass+1)); else
    fail=$((fail+1)); echo "FAIL ${py#$top/}: $why"
    if [ -n "${VERBOSE:-}" ]; then diff "$base.expected" "$tmp/out" | head -20; head -5 "$tmp/err"; fi
  fi
done

for unit in "$@"; do
  if "$unit" >"$tmp/out" 2>&1; then pass=$((pass+1)); else
    fail=$((fail+1)); echo "FAIL $unit:"; tail -n 20 "$tmp/out"
  fi
done

# command-line tests (tests/cmd): full stdout/stderr/status of shell snippets
if [ -f "$here/cmd/run.sh" ] && [ -z "${RUN_CRASH_ONLY:-}" ]; then
  line=$(sh "$here/cmd/run.sh" "$interp" | tee "$tmp/cmd" | tail -n 1)
  grep '^FAIL' "$tmp/cmd"
  p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
  f=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
  pass=$((pass+${p:-0})); fail=$((fail+${f:-1}))
fi

acc="$top/../shared/acceptance/check.sh"
if [ -f "$acc" ] && [ -z "${RUN_CRASH_ONLY:-}" ]; then
  line=$(bash "$acc" "$interp" | tee "$tmp/acc" | tail -n 1)
  grep '^FAIL' "$tmp/acc"
  p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
  f=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
  pass=$((pass+${p:-0})); fail=$((fail+${f:-1}))
  echo "acceptance: $line"
else
  echo "acceptance: skipped (../shared/acceptance not found)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
