$PY se/ok.py
