$PY se/indent_block_3.py
