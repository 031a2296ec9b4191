# classes, inheritance, properties, closures, generators, exceptions
class Base:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"{type(self).__name__}({self.n})"
    @property
    def double(self):
        return self.n * 2

class Child(Base):
    __slots__ = ("extra",)
    def __init__(self, n):
        super().__init__(n)
        self.extra = [n]

def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc

def gen(n):
    for i in range(n):
        yield i * i

objs = [Base(1), Child(2)]
inc = counter()
inc(); inc()
print(objs, objs[1].double, inc(), list(gen(5)), sum(gen(10)))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    raise ValueError("bad") from TypeError("cause")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True
with Ctx():
    1 / 0
print(isinstance(objs[1], Base), getattr(objs[0], "missing", "default"))
