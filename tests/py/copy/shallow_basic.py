import copy

l = [1, [2, 3], "x"]
c = copy.copy(l)
print(c, c == l, c is l, c[1] is l[1])
d = {"a": [1], "b": (2,)}
dc = copy.copy(d)
print(dc, dc is d, dc["a"] is d["a"])
s = {1, 2, 3}
sc = copy.copy(s)
print(sc == s, sc is s, type(sc).__name__)
ba = bytearray(b"abc")
bc = copy.copy(ba)
print(bc, bc is ba)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs)
t = (1, [2])
print(copy.copy(t) is t)
e = ()
print(copy.copy(e) is e)
sl = slice(1, 2, 3)
print(copy.copy(sl) is sl)
