$PY se/long_6.py
