$PY se/encoding_6.py
