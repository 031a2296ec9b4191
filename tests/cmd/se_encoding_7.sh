$PY se/encoding_7.py
