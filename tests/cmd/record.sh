#!/bin/sh
# record.sh NAME.sh... - record python3's behaviour for command-line tests
# (see run.sh).  Never edit the recorded files by hand.
set -u
here=$(cd "$(dirname "$0")" && pwd)
py=$(command -v "${PYTHON:-python3}")
real=$("$py" -c 'import sys; print(sys.executable)')
for t in "$@"; do
  name=$(basename "$t" .sh)
  case "$name" in run|record) continue ;; esac
  (cd "$here" && PY="$py" sh "$name.sh" >"$name.stdout.tmp" 2>"$name.stderr.tmp" </dev/null); status=$?
  sed -e "s#$here#<DIR>#g" -e "s#$real#<PY>#g" -e "s#$py#<PY>#g" -e 's#^Try .python -h. for more information\.#Try <HELP>#' <"$here/$name.stdout.tmp" >"$here/$name.stdout"
  sed -e "s#$here#<DIR>#g" -e "s#$real#<PY>#g" -e "s#$py#<PY>#g" -e 's#^Try .python -h. for more information\.#Try <HELP>#' <"$here/$name.stderr.tmp" >"$here/$name.stderr"
  rm -f "$here/$name.stdout.tmp" "$here/$name.stderr.tmp"
  if [ "$status" = 0 ]; then rm -f "$here/$name.status"; else echo "$status" >"$here/$name.status"; fi
  echo "recorded tests/cmd/$name (status $status)"
done
