import gc
gc.collect()
class Box:
    pass

a = Box()
b = Box()
a.other = b
b.other = a
del a, b
print(gc.collect())

a = Box()
b = Box()
a.other = b
b.other = a
a.__dict__
b.__dict__
del a, b
print(gc.collect())

s = Box()
s.me = s
del s
print(gc.collect())

class Slotted:
    __slots__ = ("other",)
x = Slotted(); y = Slotted()
x.other = y; y.other = x
del x, y
print(gc.collect())
