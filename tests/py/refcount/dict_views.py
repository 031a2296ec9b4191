import sys

d = {"a": [], "b": []}
v = d["a"]
base = sys.getrefcount(v)
vals = list(d.values())
print(sys.getrefcount(v) - base)
items = list(d.items())
print(sys.getrefcount(v) - base)
del vals, items
print(sys.getrefcount(v) - base)
print(sys.getrefcount(d))
keys = d.keys()
print(sys.getrefcount(d))
it = iter(d)
print(sys.getrefcount(d))
del keys, it
print(sys.getrefcount(d))
