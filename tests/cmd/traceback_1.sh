$PY tb_cases.py 1
