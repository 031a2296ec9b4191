# long elif chains: ok, RecursionError during compilation, MemoryError (parser)
for n in 2998 2999 5966 5967 50000; do
  { echo 'x = 1'; echo 'if x: pass'; yes 'elif x: pass' | head -n $n; echo 'print("ok")'; } > _t_elif.py
  $PY _t_elif.py; echo "status $?"
done
rm -f _t_elif.py
