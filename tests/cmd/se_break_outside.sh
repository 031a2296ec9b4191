$PY se/break_outside.py
