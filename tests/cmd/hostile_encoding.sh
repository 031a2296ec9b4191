# invalid UTF-8 and declared encodings: the message alone, as CPython
printf 'x = 1\nprint("\377\376")\n' > _t_enc.py; $PY _t_enc.py; echo "status $?"
printf '\357\273\277# coding: latin-1\nx = 1\n' > _t_enc.py; $PY _t_enc.py; echo "status $?"
printf '# coding: ascii\nx = "\351"\n' > _t_enc.py; $PY _t_enc.py; echo "status $?"
printf '# coding: foobar\nx = 1\n' > _t_enc.py; $PY _t_enc.py; echo "status $?"
printf '# coding: utf-8\nx = 1 # \377\ny = 2 +\n' > _t_enc.py; $PY _t_enc.py; echo "status $?"
printf '# coding: latin-1\nx = "\351"\nprint(ascii(x))\n' > _t_enc.py; $PY _t_enc.py; echo "status $?"
printf 'x = 1\nprint("\377\376")\n' | $PY -; s=$?
rm -f _t_enc.py; exit $s
