$PY se/long_4.py
