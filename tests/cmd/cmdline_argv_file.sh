printf 'import sys\nprint(sys.argv)\nprint(__file__.endswith("argv_prog.py"))\n' > argv_prog.py
$PY argv_prog.py one two; rm -f argv_prog.py
