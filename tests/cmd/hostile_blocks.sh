# nesting: 20 blocks ok, 21 "too many statically nested blocks", 100
# indentation levels ok, 101 "too many levels of indentation"
gen() { i=0; while [ $i -lt $1 ]; do printf "%${i}s$2\n" ''; i=$((i+1)); done; printf "%${1}spass\n" ''; }
gen 20 'for x in y:' > _t_blocks.py; echo 'print("ok")' >> _t_blocks.py; $PY _t_blocks.py; echo "status $?"
gen 21 'for x in y:' > _t_blocks.py; $PY _t_blocks.py; echo "status $?"
gen 21 'while 0:' > _t_blocks.py; $PY _t_blocks.py; echo "status $?"
gen 21 'with a:' > _t_blocks.py; $PY _t_blocks.py; echo "status $?"
gen 21 'try:' > _t_blocks.py; $PY _t_blocks.py; echo "status $?"
gen 100 'if 1:' > _t_blocks.py; echo 'print("ok")' >> _t_blocks.py; $PY _t_blocks.py; echo "status $?"
gen 101 'if 1:' > _t_blocks.py; $PY _t_blocks.py; echo "status $?"
gen 99 'def f():' > _t_blocks.py; echo 'print("ok")' >> _t_blocks.py; $PY _t_blocks.py; s=$?
rm -f _t_blocks.py; exit $s
