$PY se/too_many_blocks.py
