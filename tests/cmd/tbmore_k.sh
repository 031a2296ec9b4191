$PY tb_more.py k
