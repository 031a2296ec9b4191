$PY se/encoding_11.py
