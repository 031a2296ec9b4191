$PY -c 'import sys; print(sys.argv); print(__name__)' a b
