$PY se/long_1.py
