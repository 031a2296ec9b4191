$PY se/bad_indent.py
