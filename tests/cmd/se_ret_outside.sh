$PY se/ret_outside.py
