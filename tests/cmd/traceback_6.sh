$PY tb_cases.py 6
