$PY se/encoding_9.py
