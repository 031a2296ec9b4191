# -i enters the prompt after the program even without a terminal (no
# banner; SystemExit from the program is shown, not obeyed); a directory
# runs its __main__.py
$PY -i -c 'x = 3' </dev/null; echo "status $?"
echo 'print(x * 2)' | $PY -i -c 'x = 3'; echo "status $?"
echo '1/0' | $PY -i -c 'x = 3'; echo "status $?"
echo 'import sys; sys.exit(4)' | $PY -i -c 'print(1)'; echo "status $?"
$PY -i -c 'raise SystemExit(5)' </dev/null; echo "status $?"
mkdir -p _t_dir && printf 'import sys\nprint(__name__, __file__.endswith("_t_dir/__main__.py"), sys.argv)\nimport _t_helper\n' > _t_dir/__main__.py
echo 'print("helper")' > _t_dir/_t_helper.py
$PY _t_dir a b; echo "status $?"
rm -rf _t_dir; mkdir _t_empty
$PY _t_empty; echo "status $?"
rmdir _t_empty
$PY -q -c 'print("quiet")'
