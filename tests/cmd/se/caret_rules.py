import sys
cases = [
 (SyntaxError, ('m', ('f', 2, 1, 'pass\n', 2, 5))),
 (IndentationError, ('m', ('f', 2, 1, 'pass\n', 2, 5))),
 (IndentationError, ('m', ('f', 2, 2, 'pass\n', 2, 5))),
 (TabError, ('m', ('f', 2, 1, 'pass\n', 2, 5))),
 (SyntaxError, ('m', ('f', 2, 15, '    "ééé"; global x\n', 2, 23))),
 (SyntaxError, ('m', ('f', 2, 15, '    "ééé"; global x\n', 2, 30))),
 (SyntaxError, ('m', ('f', 2, 3, 'ab\ncd\n', 3, 2))),
 (SyntaxError, ('m', ('f', 2, 5, 'ab\ncdef\n', 2, 7))),
]
for t, a in cases:
    sys.excepthook(t, t(*a), None)
