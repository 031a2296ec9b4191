$PY tb_more.py h
