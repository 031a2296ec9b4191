$PY tb_more.py e
