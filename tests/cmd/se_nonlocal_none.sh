$PY se/nonlocal_none.py
