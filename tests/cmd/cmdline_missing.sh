$PY no_such_file_here.py
