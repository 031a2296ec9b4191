# a million open parentheses: "too many nested parentheses", no crash
head -c 1000000 /dev/zero | tr '\0' '(' > _t_paren1m.py; echo >> _t_paren1m.py
$PY _t_paren1m.py; s=$?; rm -f _t_paren1m.py; exit $s
