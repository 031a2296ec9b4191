$PY tb_more.py l
