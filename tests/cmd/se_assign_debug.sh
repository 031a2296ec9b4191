$PY se/assign_debug.py
