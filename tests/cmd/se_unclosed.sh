$PY se/unclosed.py
