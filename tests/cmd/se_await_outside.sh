$PY se/await_outside.py
