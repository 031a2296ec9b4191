import sys, gc, weakref
class Base:
    __slots__ = ("a",)
class Derived(Base):
    __slots__ = ("b",)
d = Derived(); d.a = 1; d.b = 2
print(d.a, d.b, Base.a, type(Base.__dict__["a"]).__name__, sys.getsizeof(d) > 0)
try:
    d.c = 3
except AttributeError as e:
    print(e)
class WithDict(Base): pass
w = WithDict(); w.c = 3; print(w.__dict__)
class Tree:
    def __init__(self, v, parent=None):
        self.v = v
        self.parent = weakref.ref(parent) if parent else None
        self.kids = []
        if parent: parent.kids.append(self)
    def __del__(self): print("free", self.v)
root = Tree("root"); kid = Tree("kid", root)
print(kid.parent() is root, weakref.getweakrefcount(root))
del root
print("root deleted?", kid.parent())
del kid
print(gc.collect())
class Cache:
    def __init__(self): self.store = weakref.WeakValueDictionary()
    def get(self, k, factory):
        obj = self.store.get(k)
        if obj is None:
            obj = factory(); self.store[k] = obj
        return obj
class Big:
    def __init__(self, n): self.n = n
c = Cache(); b1 = c.get("x", lambda: Big(1)); b2 = c.get("x", lambda: Big(2)); print(b1 is b2, b1.n)
del b1, b2; print(list(c.store.keys()))
ws = weakref.WeakSet(); t = Big(3); ws.add(t); print(len(ws)); del t; print(len(ws))
def cb(r): print("callback", r() is None)
obj = Big(4); r = weakref.ref(obj, cb); del obj
fin = weakref.finalize(Big(5), print, "finalized")
print(fin.alive)
gc.collect(); print(fin.alive)
class P:
    def m(self): return "m"
o = P(); wm = weakref.WeakMethod(o.m); print(wm()()); del o; print(wm())
prx = weakref.proxy(Big(6)) if False else None
print(gc.isenabled(), gc.get_threshold(), len(gc.get_stats()), gc.get_count()[0] >= 0)
gc.disable(); print(gc.isenabled()); gc.enable()
x = []; x.append(x); print(gc.is_tracked(x), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(()))
del x; print(gc.collect())
class Node:
    def __init__(self): self.ref = self
gc.collect()
for _ in range(3): Node()
print(gc.collect())
refs = [1, 2]
holder = {"k": refs}
print(any(r is holder for r in gc.get_referrers(refs)), len(gc.get_referents(holder)))
print(sys.getrefcount(refs))
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta call", cls.__name__)
        return super().__call__(*a, **k)
class Q(metaclass=Meta):
    def __init__(self, v): self.v = v
print(Q(3).v)
class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int], list[int], dict[str, list[int]], type(list[int]))
class CM:
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
class CM2(CM): pass
print(type(CM2.make()).__name__, CM2().helper(4), CM.helper(1))
class Prop:
    def __init__(self): self._x = 0
    x = property(lambda self: self._x, lambda self, v: setattr(self, "_x", v * 2), doc="x prop")
p = Prop(); p.x = 5; print(p.x, Prop.x.__doc__)
print(sorted(vars(Prop()).items()), Prop.__dict__["x"].fget is not None)
