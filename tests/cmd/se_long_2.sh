$PY se/long_2.py
