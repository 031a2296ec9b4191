# int literals over the 4300-digit limit: SyntaxError with no carets
digits() { head -c $1 /dev/zero | tr '\0' '1'; }
{ printf 'x = '; digits 4300; echo; echo 'print(len(str(x)))'; } > _t_int.py; $PY _t_int.py; echo "status $?"
{ printf 'x = '; digits 4301; echo; } > _t_int.py; $PY _t_int.py; echo "status $?"
{ echo 'print(1)'; printf 'y = 2 + '; digits 5000; echo ' + 3'; } > _t_int.py; $PY _t_int.py; echo "status $?"
$PY -c "x = $(digits 5000)"; echo "status $?"
{ printf 'x = '; digits 5000; echo; } | $PY -; echo "status $?"
$PY -c "eval('$(digits 4400)')"; echo "status $?"
{ printf 'x = 0x'; head -c 20000 /dev/zero | tr '\0' 'f'; echo; echo 'print(x.bit_length())'; } > _t_int.py; $PY _t_int.py; s=$?
rm -f _t_int.py; exit $s
