$PY se/eof_block.py
