# a million nested brackets, closed, from stdin
{ printf 'x = '; head -c 1000000 /dev/zero | tr '\0' '['; head -c 1000000 /dev/zero | tr '\0' ']'; echo; } | $PY -
