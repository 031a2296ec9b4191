def f(a, b, c=1, *, d, e=2): pass
def g(a, /, b): pass
def h(): pass
def k(x, y=1): pass
class C:
    def m(self, x): pass
tests = [
 lambda: f(), lambda: f(1), lambda: f(1,2), lambda: f(1,2,3,4,d=1), lambda: f(1,2,3,4),
 lambda: f(1,2,d=1,z=3), lambda: f(1,2,a=1,d=3), lambda: g(a=1,b=2), lambda: h(1), lambda: h(1,2),
 lambda: k(1,2,3), lambda: k(), lambda: C().m(), lambda: C().m(1,2), lambda: f(1,2,**{1:2}),
 lambda: f(*1), lambda: f(**1), lambda: f(1,2,**{'d':1},d=2), lambda: h(**{'a':1}), lambda: (lambda: 0)(1),
 lambda: k(1, x=2), lambda: f(1, 2, 3, 4, 5, d=1, e=2), lambda: h(*[1,2]), lambda: g(1, 2, a=3),
]
for t in tests:
    try: t()
    except Exception as e: print(type(e).__name__, e)
def three(a,b,c,*,x,y,z): pass
try: three()
except TypeError as e: print(e)
try: three(1,2,3)
except TypeError as e: print(e)
try: three(1,2,3,x=1)
except TypeError as e: print(e)
def va(*args, **kw): return args, kw
print(va(1, 2, x=3), va(*[1,2], **{'a': 1}), va())
def dflt(a, b=[]):
    b.append(a); return b
print(dflt(1), dflt(2), dflt.__defaults__)
def kwo(*, a=1, b): return a, b
print(kwo(b=2), kwo.__kwdefaults__)
print(f.__name__, f.__qualname__, C.m.__qualname__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames, g.__code__.co_posonlyargcount)
