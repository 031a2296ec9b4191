$PY tb_more.py a
