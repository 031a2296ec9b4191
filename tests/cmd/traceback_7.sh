$PY tb_cases.py 7
