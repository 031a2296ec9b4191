$PY se/incomplete_expr.py
