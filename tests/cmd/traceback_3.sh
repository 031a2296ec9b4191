$PY tb_cases.py 3
