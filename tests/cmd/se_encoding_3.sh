$PY se/encoding_3.py
