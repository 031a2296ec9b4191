#!/bin/sh
# run.sh INTERPRETER - the command-line tests: each tests/cmd/NAME.sh is a
# shell snippet that runs the interpreter as $PY (in this folder); its
# stdout, stderr and exit status are compared with what python3 gave when
# the test was recorded (record.sh): NAME.stdout, NAME.stderr, NAME.status.
# Absolute paths of this folder are written as <DIR> on both sides, and
# the interpreter's own name as <PY>, so a recording works in any checkout.
# refpy names itself "refpy" in its messages where CPython prints its
# executable's path ("refpy: can't open file ...", "usage: refpy ...",
# "Try `refpy -h'"): those are written as CPython's for the comparison.
# Ends with one line "N passed, N failed".
set -u
interp=$1
case "$interp" in /*) ;; *) interp="$(pwd)/$interp" ;; esac
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
normalize() {
  sed -e "s#$here#<DIR>#g" -e "s#$1#<PY>#g" -e 's#^refpy: #<PY>: #' -e 's#^usage: refpy #usage: <PY> #' \
      -e 's#^Try .refpy -h. for more information\.#Try <HELP>#'
}
for t in "$here"/*.sh; do
  name=$(basename "$t" .sh)
  case "$name" in run|record) continue ;; esac
  [ -f "$here/$name.stdout" ] || continue
  (cd "$here" && PY="$interp" timeout 20 sh "$t" >"$tmp/out" 2>"$tmp/err" </dev/null); status=$?
  want=$(cat "$here/$name.status" 2>/dev/null || echo 0)
  why=""
  normalize "$interp" <"$tmp/out" >"$tmp/out.n"; normalize "$interp" <"$tmp/err" >"$tmp/err.n"
  cmp -s "$tmp/out.n" "$here/$name.stdout" || why="stdout differs"
  cmp -s "$tmp/err.n" "$here/$name.stderr" || why="${why:+$why; }stderr differs"
  [ "$status" = "$want" ] || why="${why:+$why; }exit status $status, expected $want"
  if [ -z "$why" ]; then pass=$((pass+1)); else
    fail=$((fail+1)); echo "FAIL tests/cmd/$name.sh: $why"
    if [ -n "${VERBOSE:-}" ]; then
      diff "$here/$name.stdout" "$tmp/out.n" | head -20; diff "$here/$name.stderr" "$tmp/err.n" | head -30
    fi
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
