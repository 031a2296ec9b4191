$PY se/match_irrefutable.py
