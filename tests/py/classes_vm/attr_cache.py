# attribute caches of LOAD_ATTR / LOAD_METHOD / STORE_ATTR stay invisible
import sys

class A:
    k = 1
    def m(self):
        return "A.m"

class B(A):
    pass

def get_x(o):
    return o.x

def get_k(o):
    return o.k

def call_m(o):
    return o.m()

def set_x(o, v):
    o.x = v

objs = [A(), A(), B()]
for o in objs:
    set_x(o, 5)
print([get_x(o) for o in objs])
for i in range(3):
    print(get_k(objs[0]), call_m(objs[0]), call_m(objs[2]))

# the class changes: caches must see it
A.k = 2
print(get_k(objs[0]), get_k(objs[2]))
A.m = lambda self: "new A.m"
print(call_m(objs[0]), call_m(objs[2]))
B.m = lambda self: "B.m"
print(call_m(objs[0]), call_m(objs[2]))
del B.m
print(call_m(objs[2]))

# an instance attribute shadows the method / class attribute
o = A()
print(call_m(o), get_k(o))
o.m = lambda: "instance m"
o.k = 99
print(call_m(o), get_k(o))
del o.m
del o.k
print(call_m(o), get_k(o))

# __dict__ materialised
p = A()
p.x = 1
print(get_x(p))
d = p.__dict__
d["x"] = 2
print(get_x(p))
d["m"] = lambda: "dict m"
print(call_m(p))
set_x(p, 3)
print(d["x"], get_x(p))

# missing attribute after a hit
q = A()
try:
    get_x(q)
except AttributeError as e:
    print("AttributeError:", e)
set_x(q, 7)
print(get_x(q))
del q.x
try:
    get_x(q)
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is q)

# property and slots, set and get
class P:
    __slots__ = ("x", "_y")
    def __init__(self):
        self._y = 0
    @property
    def y(self):
        return self._y * 10
    @y.setter
    def y(self, v):
        self._y = v

pp = P()
for i in range(3):
    set_x(pp, i)
    print(get_x(pp), pp.y)
    pp.y = i + 1
try:
    del pp.x
    get_x(pp)
except AttributeError as e:
    print("AttributeError:", e)

# property raising AttributeError
class R:
    @property
    def x(self):
        raise AttributeError("inner")
try:
    get_x(R())
except AttributeError as e:
    print("AttributeError:", e)

# __getattr__ added later
class G:
    pass
g = G()
g.x = 1
print(get_x(g))
del g.x
G.__getattr__ = lambda self, name: "getattr " + name
print(get_x(g))
del G.__getattr__
try:
    get_x(g)
except AttributeError as e:
    print("AttributeError:", e)

# __class__ assignment
class C1:
    def m(self):
        return "C1"
class C2:
    def m(self):
        return "C2"
c = C1()
print(call_m(c))
c.__class__ = C2
print(call_m(c))

# data descriptor added later to the class overrides the instance value
class D:
    pass
dd = D()
dd.x = "inst"
print(get_x(dd))
D.x = property(lambda self: "prop")
print(get_x(dd))
del D.x
print(get_x(dd))

# module attributes
import math
def msqrt(v):
    return math.sqrt(v)
print(msqrt(16.0))
math.sqrt = lambda v: "patched"
print(msqrt(16.0))
del math.sqrt
try:
    msqrt(1)
except AttributeError as e:
    print("AttributeError:", e)

# methods of built-in types
def app(l, v):
    l.append(v)
    return l
print(app([], 1), app([2], 3))
class MyList(list):
    def append(self, v):
        list.append(self, v * 2)
print(app(MyList(), 4))

# refcounts are unchanged by the caches
class E:
    pass
e = E()
val = object()
for i in range(3):
    set_x(e, val)
print(sys.getrefcount(val))
for i in range(3):
    get_x(e)
print(sys.getrefcount(val))

# many attributes in many orders
class M:
    pass
ms = []
for i in range(5):
    m = M()
    for name in ["a", "b", "c", "d"][i % 4:] + ["a", "b", "c", "d"][: i % 4]:
        setattr(m, name, name + str(i))
    ms.append(m)
def read(m):
    return m.a + m.b + m.c + m.d
print([read(m) for m in ms])
print([list(vars(m)) for m in ms])
