import sys
import weakref


class C:
    pass


c = C()
r = weakref.ref(c)
print(sys.getsizeof(r), type(r).__name__, r() is c)
print(weakref.ref(c) is r, weakref.ref(c, None) is r)
print(r.__callback__, weakref.getweakrefcount(c))
p = weakref.proxy(c)
print(type(p).__name__, weakref.proxy(c) is p, weakref.getweakrefcount(c))
c.x = 5
print(p.x)
p.y = 6
print(c.y)
print(hash(r) == hash(c), r == weakref.ref(c))
del c
print(r(), r.__callback__)
print(repr(r).startswith("<weakref at 0x"), repr(r).endswith("; dead>"))
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError:", e)
print(hash(r) is not None)
