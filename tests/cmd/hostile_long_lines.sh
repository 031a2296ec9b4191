# very long lines: errors show CPython's text (the last 999-byte piece of
# the line from a file, the whole line from -c; stdin lines over 8191 bytes are not covered: CPython shows stale pieces of its read buffer)
items() { i=0; while [ $i -lt $1 ]; do printf '%d, ' $i; i=$((i+1)); done; }
{ printf 'x = ['; items 3000; echo '= ]'; } > _t_long.py
$PY _t_long.py; echo "status $?"
$PY -c "$(cat _t_long.py)"; echo "status $?"
{ printf 'x = ['; items 30000; echo ']'; echo 'print(len(x))'; } > _t_long.py
$PY _t_long.py; s=$?
rm -f _t_long.py; exit $s
