$PY tb_more.py d
