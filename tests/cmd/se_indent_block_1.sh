$PY se/indent_block_1.py
