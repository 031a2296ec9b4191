# sys.flags from the command line and the environment; -u writes through,
# -E ignores PYTHONUNBUFFERED and friends
unset PYTHONUNBUFFERED PYTHONDONTWRITEBYTECODE PYTHONOPTIMIZE PYTHONVERBOSE PYTHONINSPECT
for o in -u -E -s -S -B -I -O -OO -b -bb -d -q -P "-E -B" -uE -Bsd; do
  echo "$o: $($PY $o -c 'import sys; print(tuple(sys.flags))')"
done
code='import sys, os
sys.stdout.write("a1\n"); os.write(1, b"B2\n"); print("c3"); sys.stderr.write("e4\n")
print("x", end=""); os.write(1, b"G6\n"); sys.stderr.write("h"); os.write(2, b"I7\n")'
$PY -c "$code" 2>&1; echo
$PY -u -c "$code" 2>&1; echo
PYTHONUNBUFFERED=1 $PY -c "$code" 2>&1; echo
PYTHONUNBUFFERED=1 $PY -E -c "$code" 2>&1; echo
PYTHONDONTWRITEBYTECODE=1 PYTHONOPTIMIZE=2 $PY -c 'import sys; print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.dont_write_bytecode)'
PYTHONDONTWRITEBYTECODE=1 PYTHONOPTIMIZE=2 $PY -E -c 'import sys; print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.dont_write_bytecode)'
