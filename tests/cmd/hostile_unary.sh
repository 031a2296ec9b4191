# deeply nested expressions: the parser's stack limit, then the compiler's
{ printf 'x = '; head -c 100000 /dev/zero | tr '\0' '-'; echo 1; } > _t_unary.py
$PY _t_unary.py; echo "status $?"
{ printf 'x = '; head -c 3000 /dev/zero | tr '\0' '-'; echo 1; echo 'print(x)'; } > _t_unary.py
$PY _t_unary.py; echo "status $?"
{ printf 'x = '; head -c 1000 /dev/zero | tr '\0' '-'; echo 1; echo 'print(x)'; } > _t_unary.py
$PY _t_unary.py; s=$?; rm -f _t_unary.py; exit $s
