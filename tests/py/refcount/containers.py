import sys

obj = object()
base = sys.getrefcount(obj)
t = (obj, obj)
print(sys.getrefcount(obj) - base)
d = {"a": obj, "b": obj}
print(sys.getrefcount(obj) - base)
d2 = {obj: 1}
print(sys.getrefcount(obj) - base)
s = {obj}
print(sys.getrefcount(obj) - base)
del t, d, d2, s
print(sys.getrefcount(obj) - base)
l = [obj] * 10
print(sys.getrefcount(obj) - base)
l2 = l * 2
print(sys.getrefcount(obj) - base)
del l, l2
print(sys.getrefcount(obj) - base)
