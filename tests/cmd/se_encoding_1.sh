$PY se/encoding_1.py
