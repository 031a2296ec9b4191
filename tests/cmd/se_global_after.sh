$PY se/global_after.py
