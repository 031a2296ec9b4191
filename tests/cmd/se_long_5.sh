$PY se/long_5.py
