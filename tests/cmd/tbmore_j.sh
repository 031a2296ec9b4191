$PY tb_more.py j
