$PY tb_more.py n
