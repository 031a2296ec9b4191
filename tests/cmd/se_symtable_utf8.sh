$PY se/symtable_utf8.py
