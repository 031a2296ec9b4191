$PY tb_more.py c
