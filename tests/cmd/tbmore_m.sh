$PY tb_more.py m
