import sys

def outer():
    v = []
    def inner():
        return v
    return inner, v

fn, val = outer()
print(sys.getrefcount(val))
del fn
print(sys.getrefcount(val))

x = []
lam = lambda: x
print(sys.getrefcount(x))

def gen(o):
    yield o
    yield o

y = []
g = gen(y)
print(sys.getrefcount(y))
next(g)
print(sys.getrefcount(y))
del g
print(sys.getrefcount(y))
