$PY tb_cases.py 2
