$PY se/print_stmt.py
