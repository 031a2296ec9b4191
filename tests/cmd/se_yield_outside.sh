$PY se/yield_outside.py
