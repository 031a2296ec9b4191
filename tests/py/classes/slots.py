import sys

class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, P.__slots__, sorted(k for k in P.__dict__))
print(type(P.__dict__["x"]).__name__, repr(P.__dict__["x"]))
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(e)
print(hasattr(p, "__weakref__"))

class Q(P):
    pass
q = Q(1)
q.z = 5
print(q.z, q.__dict__)

class R:
    __slots__ = "__priv", "_R_other"
print(sorted(R.__dict__))

class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.__dict__)

class E:
    __slots__ = ()
print(sys.getsizeof(E()), sys.getsizeof(P(1)))

def err(slots, base=object):
    try:
        type("T", (base,), {"__slots__": slots})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
err((1,))
err(("1a",))
err(("__dict__", "__dict__"))
err(("__weakref__", "__weakref__"))
err(("a",), int)
err(("a",), P)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class Dup:
    __slots__ = ("a", "a")
print(list(Dup.__dict__))
