# The compiler warns about `is` with a literal (SyntaxWarning on stderr).
x = 1000
y = 5
print(x is 1000, y is not 5, x is (), x is None, x is ...)
print(x == 1000)
