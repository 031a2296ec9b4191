$PY tb_cases.py 8
