$PY se/encoding_2.py
