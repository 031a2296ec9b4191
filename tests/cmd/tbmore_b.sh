$PY tb_more.py b
