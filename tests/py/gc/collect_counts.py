# gc.collect()'s result for many kinds of garbage: what CPython 3.11 counts
import gc
import weakref

gc.disable()
gc.collect()

def report(label):
    print(label, gc.collect())

l = []; l.append(l); del l
report("self list")
a = []; b = [a]; a.append(b); del a, b
report("two lists")
d = {}; d["d"] = d; del d
report("self dict")
t = ([],); t[0].append(t); del t
report("tuple-list")
s = set(); 
class C: pass
c = C(); c.c = c; del c
report("self instance")
x = C(); y = C(); x.y = y; y.x = x; del x, y
report("two instances")
x = C(); x.d = {"x": x}; del x
report("instance-dict")
x = C(); x.l = [x, [x, [x]]]; del x
report("instance-nested lists")
class S:
    __slots__ = ("a",)
s = S(); s.a = s; del s
report("slots")
def make_closure():
    def inner():
        return inner
    return inner
f = make_closure(); del f
report("recursive closure")
class K:
    def m(self): pass
k = K(); k.bm = k.m; del k
report("bound method")
def gen():
    yield
g = gen(); g.__name__; lst = [g]; 
del g, lst
report("generator (no cycle)")
class Node:
    pass
n = Node(); n.me = n; r = weakref.ref(n); del n
report("instance + weakref alive")
print(r())
n = Node(); n.me = n; n.r = weakref.ref(n); del n
report("instance + own weakref")
n = Node(); n.me = n; n.r = weakref.ref(n, lambda r: None); del n
report("instance + own weakref with callback")
try:
    raise ValueError("x")
except ValueError as e:
    err = e
err.self = err
del err
report("exception with traceback")
def frame_cycle():
    import sys
    f = sys._getframe()
    return f
fr = frame_cycle(); del fr
report("frame")
T = type("T", (), {}); del T
report("class")
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
del WithMeta, Meta
report("metaclass")
lam = lambda: lam
report("lambda global")
del lam
report("lambda global deleted")
e = [[] for i in range(10)]; e.append(e); del e
report("list of 10 lists + self")
dd = {i: [] for i in range(5)}; dd["self"] = dd; del dd
report("dict of 5 lists + self")
fs = frozenset([1, 2])
tt = (fs, [])
tt[1].append(tt); del tt, fs
report("tuple, frozenset, list")
import types
ns = types.SimpleNamespace(); ns.me = ns; del ns
report("SimpleNamespace")
p = property(lambda self: 1); p2 = [p]; del p, p2
report("property no cycle")
sm = staticmethod(len); smc = [sm]; smc.append(smc); del sm, smc
report("staticmethod in cycle")
ba = bytearray(b"x"); bal = [ba]; bal.append(bal); del ba, bal
report("bytearray in cycle")
it = iter([1, 2]); itl = [it]; itl.append(itl); del it, itl
report("iterator in cycle")
cell_holder = []
def outer():
    v = cell_holder
    def inner():
        return v
    cell_holder.append(inner)
outer()
del cell_holder
report("cell cycle")
