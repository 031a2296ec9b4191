$PY se/non_utf8.py
