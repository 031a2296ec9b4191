$PY se/default_except.py
