$PY tb_cases.py 4
