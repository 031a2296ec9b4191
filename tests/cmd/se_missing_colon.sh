$PY se/missing_colon.py
