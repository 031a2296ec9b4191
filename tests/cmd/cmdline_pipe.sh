printf 'print("from a pipe")\nx = 1\nprint(x / 0)\n' | $PY
