$PY tb_more.py i
