$PY -Bc 'print("combined")'; $PY -O -c 'assert False; print("asserts off")'
