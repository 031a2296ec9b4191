import sys

class Box:
    pass

v = []
b = Box()
print(sys.getrefcount(v))
b.item = v
print(sys.getrefcount(v))
b.other = v
print(sys.getrefcount(v))
del b.item
print(sys.getrefcount(v))
b2 = Box()
b2.item = v
print(sys.getrefcount(v))
del b, b2
print(sys.getrefcount(v))
print(sys.getrefcount(Box) > 2)
