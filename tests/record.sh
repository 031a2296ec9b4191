#!/bin/sh
# record.sh FILE.py... - record CPython's behaviour as a test's expectation.
# Runs python3 (CPython 3.11) in the test's folder and writes NAME.expected
# (stdout), NAME.expected_lastline (last line of stderr; empty file when
# stderr is empty) and NAME.expected_status when the exit status is not 0.  Never edit expectations by hand.
set -u
py=${PYTHON:-python3}
for f in "$@"; do
  dir=$(dirname "$f"); name=$(basename "$f" .py); base="$dir/$name"
  err=$(mktemp)
  (cd "$dir" && "$py" "$name.py" >"$name.expected" 2>"$err" </dev/null); status=$?
  rm -f "$base.expected_status" "$base.expected_lastline"
  [ "$status" = 0 ] || echo "$status" >"$base.expected_status"
  # always pinned: an empty file means stderr must stay empty
  if [ -s "$err" ]; then tail -n 1 "$err" >"$base.expected_lastline"; else : >"$base.expected_lastline"; fi
  rm -f "$err"
  echo "recorded $base (status $status)"
done
