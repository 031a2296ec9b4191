$PY tb_cases.py 0
