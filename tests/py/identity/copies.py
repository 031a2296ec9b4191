l = [1, [2], "s"]
c1 = l[:]
c2 = list(l)
c3 = l.copy()
c4 = [*l]
c5 = l * 1
c6 = l + []
for c in (c1, c2, c3, c4, c5, c6):
    print(c == l, c is l, c[1] is l[1], c[2] is l[2])
t = (1, 2)
print(t[:] is t, tuple(t) is t, t * 1 is t, t + () is t)
s = "abc"
print(s[:] is s, str(s) is s, s * 1 is s, s + "" is s)
fs = frozenset([1])
print(frozenset(fs) is fs)
b = b"ab"
print(b[:] is b, bytes(b) is b)
d = {"a": 1}
print(dict(d) is d, d.copy() is d, {**d} is d)
st = {1}
print(set(st) is st, st.copy() is st)
