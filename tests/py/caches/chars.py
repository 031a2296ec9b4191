def ident(a, b):
    return a is b

s = "hello"
print(ident(s[0], "h"), ident(s[1:2], "e"), ident(chr(104), "h"))
print(ident(str(5), "5"), ident("ab"[0], "a"))
print(ident(chr(255), "\xff"), ident(chr(256), chr(256)))
print(ident("é"[0], "é"))
b = b"xyz"
print(ident(b[0:1], b"x"), ident(bytes([120]), b"x"))
print(ident("abc".strip("bc"), "a"))
print(ident("A".lower(), "a"))
