import sys, gc
class Obj:
    pass
o = Obj()
print("fresh", sys.getrefcount(o))
refs = [o]
print("in list", sys.getrefcount(o))
t = (o, o)
print("in tuple x2", sys.getrefcount(o))
d = {"a": o, o: 1}
print("dict key+val", sys.getrefcount(o))
s = {o}
print("set", sys.getrefcount(o))
def f(x):
    return sys.getrefcount(x)
print("arg", f(o))
def g(*args):
    return sys.getrefcount(args[0])
print("varargs", g(o))
def h(**kw):
    return sys.getrefcount(kw["k"])
print("kwargs", h(k=o))
lam = lambda: o
print("closure-free lambda", sys.getrefcount(o))
def make():
    captured = o
    def inner(): return captured
    return inner
inner = make()
print("closure cell", sys.getrefcount(o))
o.self = o
print("self-ref", sys.getrefcount(o))
m = o.__init__
print("bound method", sys.getrefcount(o))
it = iter(refs)
print("iterator", sys.getrefcount(o))
gen = (x for x in [o])
print("genexpr", sys.getrefcount(o))
del refs, t, d, s, inner, m, it, gen
print("after dels", sys.getrefcount(o))
del o.self
print("no self", sys.getrefcount(o))
class K:
    def meth(self):
        return sys.getrefcount(self)
k = K()
print("method self", k.meth(), K.meth(k))
print("int small", sys.getrefcount(7) > 10)
x = [1, 2, 3]
y = x[:]
print(sys.getrefcount(x), sys.getrefcount(y))
print([sys.getrefcount(v) > 10 for v in x])
nested = [[0]] * 3
print(sys.getrefcount(nested[0]))
s1 = "unique string value here"
print(sys.getrefcount(s1))
e = None
try:
    raise ValueError(o)
except ValueError as exc:
    e = exc
    print("exc", sys.getrefcount(e), sys.getrefcount(o))
print("after except", sys.getrefcount(e))
e = None
print("final", sys.getrefcount(o))
for i in range(3):
    tmp = Obj()
    print(i, sys.getrefcount(tmp))
def count_in_frame():
    local = Obj()
    a = b = c = local
    return sys.getrefcount(local)
print(count_in_frame())
print(sys.getrefcount(Obj), sys.getrefcount(K) , sys.getrefcount(f))
