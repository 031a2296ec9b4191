$PY tb_cases.py 5
