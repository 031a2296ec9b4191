$PY se/caret_rules.py
