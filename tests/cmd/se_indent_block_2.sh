$PY se/indent_block_2.py
