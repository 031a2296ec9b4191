$PY se/continue_outside.py
