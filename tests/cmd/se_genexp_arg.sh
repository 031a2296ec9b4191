$PY se/genexp_arg.py
