# sys.getsizeof of dicts: CPython 3.11's compact tables
import sys
g = sys.getsizeof
print(g({}), g({1: 2}), g({'a': 1}), g(dict()), g(dict(a=1)), g({1: 2, 'a': 3}))
d = {}
out = []
for i in range(50):
    d[i] = i
    out.append(g(d))
print(out)
d = {}
out = []
for i in range(50):
    d['k%d' % i] = i
    out.append(g(d))
print(out)
print(g(dict.fromkeys(range(10))), g({i: i for i in range(10)}), g(dict(a=1, b=2)), g({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
x = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9}
print(g(x), g(x.copy()), g(dict(x)))
del x[1], x[2], x[3], x[4]
print(g(x), g(x.copy()), g(dict(x)), g({**x}))
e = {}
e[1] = 1
del e[1]
print(g(e))
e.clear()
print(g(e))
d = {i: i for i in range(100)}
for i in range(90):
    del d[i]
print(g(d))
d[1000] = 0
print(g(d))
d = {}
d.update(a=1)
print(g(d))
d = {}
d.update(a=1, b=2, c=3, d=4, e=5, f=6)
print(g(d))
d = {'x': 1}
d[5] = 5
print(g(d))
s = {str(i): i for i in range(11)}
s[1000] = 1
print(g(s))
d = {1: 2}
for i in range(3):
    d.popitem() if d else None
    d[i] = i
print(g(d))
print({}.__sizeof__(), {1: 2}.__sizeof__())
def f(**kw):
    return kw
print(g(f()), g(f(a=1)), g(f(a=1, b=2, c=3, d=4, e=5, f=6)))
print(g({**{'a': 1}}), g({'a': 1, **{'b': 2}}), g(dict.fromkeys('abcdef')))
