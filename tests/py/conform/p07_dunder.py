import functools
@functools.total_ordering
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __add__(self, o):
        if isinstance(o, Vector): return Vector(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __iter__(self):
        yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __format__(self, spec):
        return f"({format(self.x, spec)}, {format(self.y, spec)})"
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y; return self

v = Vector(3, 4); w = Vector(1, 1)
print(v + w, v * 2, 3 * v, -v, abs(v), bool(Vector()), v == Vector(3, 4), v != w, v > w, v <= w)
print(sum([v, w, w]), list(v), v[1], v[-1], tuple(v), f"{v:.2f}", "{:>4}".format(w))
a, b = v; print(a, b)
u = v; u += w; print(u is v, v)
print(sorted([Vector(5, 5), Vector(1, 0), Vector(2, 2)]), max(Vector(1, 2), Vector(0, 3)))
print({Vector(1, 2): "a", Vector(1, 2): "b"})
try:
    v.z = 1
except AttributeError as e:
    print(e)
try:
    v + 1
except TypeError as e:
    print(e)
print(hasattr(v, "__dict__"), Vector.__slots__)

class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __len__(self): return len(self.rows)
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx; return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, val):
        r, c = idx; self.rows[r][c] = val
    def __contains__(self, v): return any(v in r for r in self.rows)
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f"Matrix({self.rows})"
    def __call__(self, *args, **kw): return ("called", args, kw)
m = Matrix([[1, 2], [3, 4]])
print(len(m), m[0], m[1, 0], 4 in m, 9 in m, m @ m, m(1, k=2))
m[0, 0] = 10; print(m, m[::-1])
for row in m: print(row)

class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        return cls
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="kid"): pass
print(Meta.registry, Child.tag, getattr(Base, "tag", None), type(Child), Child)

class Lazy:
    def __init__(self): self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        val = name.upper(); self.loaded[name] = val; return val
    def __setattr__(self, k, v):
        print("set", k); object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print("del", k); object.__delattr__(self, k)
lz = Lazy(); print(lz.foo, lz.loaded, getattr(lz, "bar", None), hasattr(lz, "_x"))
lz.q = 1; del lz.q

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, cls):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str); age = Typed(int)
    def __init__(self, n, a): self.name = n; self.age = a
p = Person("Al", 3); print(p.name, p.age, vars(p), type(Person.name).__name__)
try: p.age = "x"
except TypeError as e: print(e)

class DD(dict):
    def __missing__(self, k): return f"no {k}"
d = DD(a=1); print(d["a"], d["zz"], d.get("zz"), len(d))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n + 1
print(list(Countdown(4)), 3 in Countdown(5), list(zip(Countdown(3), "abc")))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1, 2, 3])))
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], "abcd"[Idx():], bin(Idx()), range(10)[Idx()])
print(Vector.__mro__ if False else Person.__dict__["name"].name, Child.__mro__, Child.__bases__, Child.__name__, Child.__qualname__)
class Outer:
    class Inner:
        def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, repr(Outer.Inner())[:29])
print(isinstance(3, (str, int)), issubclass(bool, int), issubclass(Child, Base), callable(m), callable(3))
