$PY tb_more.py f
