class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "The temperature."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))

class RO:
    @property
    def x(self):
        return 1
    y = property()
r = RO()
for action in (lambda: setattr(r, "x", 2), lambda: delattr(r, "x"), lambda: r.y):
    try:
        action()
    except AttributeError as e:
        print(e)
p = property(lambda s: 1, doc="given")
print(p.__doc__, p.fget is not None, p.fset, p.fdel)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
print(RO.x.getter.__name__, isinstance(RO.__dict__["x"], property))

class Sub(property):
    pass
class UsesSub:
    @Sub
    def v(self):
        "sub doc"
        return 5
print(UsesSub().v, UsesSub.v.__doc__, type(UsesSub.v).__name__)
