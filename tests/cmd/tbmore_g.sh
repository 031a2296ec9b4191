$PY tb_more.py g
