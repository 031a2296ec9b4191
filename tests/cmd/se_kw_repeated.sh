$PY se/kw_repeated.py
