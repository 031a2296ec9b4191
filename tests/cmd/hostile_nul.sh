# NUL bytes in a file, on stdin, in exec()
printf 'x = 1\ny = "a\000b"\n' > _t_nul.py
$PY _t_nul.py; echo "status $?"
$PY - < _t_nul.py; echo "status $?"
$PY -c 'exec("x = 1\0")'; s=$?
rm -f _t_nul.py; exit $s
