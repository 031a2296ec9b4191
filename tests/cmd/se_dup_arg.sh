$PY se/dup_arg.py
