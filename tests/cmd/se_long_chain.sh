$PY se/long_chain.py
