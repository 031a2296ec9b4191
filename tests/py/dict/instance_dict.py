# instance attributes live in a "managed dict" until __dict__ is asked for
import gc, sys
class C:
    pass
c = C()
print(sys.getsizeof(c))
c.a = 1
c.b = 2
print(sys.getsizeof(c))
print(sys.getsizeof(c.__dict__), c.__dict__, vars(c) is c.__dict__)
c2 = C()
c2.x = 1
print(sys.getsizeof(c2.__dict__))
sizes = []
for i in range(5):
    o = C()
    o.a = 1
    sizes.append(sys.getsizeof(o.__dict__))
print(sizes)
o = C()
o.b = 1
o.a = 2
o.x = 3
print(o.__dict__, list(o.__dict__))
del o.a
o.a = 4
print(o.__dict__)
o.__dict__['z'] = 5
print(o.z, o.__dict__)
o.__dict__[1] = 'int key'
print(o.__dict__, sys.getsizeof(o.__dict__))
class D:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'attr%d' % i, i)
big = D(40)
print(len(big.__dict__), big.attr39)
gc.collect()
gc.disable()
a, b = C(), C()
a.other = b
b.other = a
del a, b
print(gc.collect())
gc.enable()
x, y = C(), C()
x.other = y
y.other = x
x.__dict__
del x, y
print(gc.collect())
print(sys.getsizeof(C().__dict__))
e = C()
e.__dict__
e.q = 1
print(e.__dict__, sys.getsizeof(e.__dict__) > 0)
try:
    del e.nope
except AttributeError as err:
    print("AttributeError:", err)
f = C()
try:
    del f.nope
except AttributeError as err:
    print("AttributeError:", err)
f.__dict__ = {'new': 1}
print(f.new, f.__dict__)
