class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)

z = Lazy()
print(z.real, z.xyz, getattr(z, "nope", "dflt"), hasattr(z, "nope"))
try:
    z.nope
except AttributeError as e:
    print("AttributeError", e)

class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

g = Logged()
g.a = 1
print(g.a)
del g.a
try:
    g.a
except AttributeError as e:
    print("missing", e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
b = Both()
print(b.boom, b.other)

class Frozen:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
Lazy.__getattr__ = lambda self, name: "patched " + name
print(z.anything)
del Lazy.__getattr__
try:
    z.anything
except AttributeError as e:
    print(e)
