$PY tb_more.py p
