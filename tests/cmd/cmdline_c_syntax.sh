$PY -c 'x = (1,'
