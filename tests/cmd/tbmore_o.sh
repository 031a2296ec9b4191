$PY tb_more.py o
