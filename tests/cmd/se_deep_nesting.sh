$PY se/deep_nesting.py
