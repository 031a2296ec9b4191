$PY tb_cases.py 9
