$PY se/long_3.py
