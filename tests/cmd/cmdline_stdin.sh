printf 'import sys\nprint(sys.argv, __name__)\nprint(1 + 1)\n' | $PY - x y
