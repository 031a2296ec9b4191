$PY se/encoding_10.py
