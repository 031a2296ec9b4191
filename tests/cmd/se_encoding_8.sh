$PY se/encoding_8.py
