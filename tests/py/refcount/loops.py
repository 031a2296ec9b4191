import sys

x = object()
base = sys.getrefcount(x)
for i in range(3):
    print(sys.getrefcount(x) - base)
for item in [x]:
    print(sys.getrefcount(x) - base)
print(sys.getrefcount(x) - base)
del item
print(sys.getrefcount(x) - base)
items = [x, x]
for a in items:
    pass
print(sys.getrefcount(x) - base)
del a, items
print(sys.getrefcount(x) - base)
c = [x for _ in range(4)]
print(sys.getrefcount(x) - base)
del c
print(sys.getrefcount(x) - base)
