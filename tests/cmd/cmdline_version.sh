$PY -V; $PY --version
