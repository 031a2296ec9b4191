def ident(a, b):
    return a is b

print(ident(type(None)(), None))
print(ident(bool(1), True), ident(bool(0), False), ident(bool([]), False))
print(ident(1 == 1, True), ident(not 1, False))
print(ident(isinstance(1, int), True))
print(ident(tuple(), ()), ident(tuple([]), ()), ident(() + (), ()))
print(ident((1, 2)[2:], ()), ident(tuple(x for x in []), ()))
print(ident(str(), ""), ident("abc"[3:], ""), ident("".join([]), ""), ident("a" * 0, ""))
print(ident(bytes(), b""), ident(b"abc"[3:], b""))
print(ident(frozenset(), frozenset()) , ident(frozenset([]), frozenset()))
print(ident(type(...)(), ...), ident(type(NotImplemented)(), NotImplemented))
print(ident(slice(None).start, None))
e1 = []
e2 = []
print(ident(e1, e2))
print(ident({}, {}))
