import sys
def f0(): return sys._getframe()
def f1(a, b): 
    c = a + b
    return sys._getframe()
def f2(a, b):
    x = [a, b, (a, b, {a: b})]
    return sys._getframe()
def f3():
    y = 1
    def g(): return y
    return sys._getframe()
for fn in (f0, f1, f2, f3):
    fr = fn(1, 2) if fn.__code__.co_argcount else fn()
    c = fn.__code__
    print(fn.__name__, sys.getsizeof(fr), c.co_stacksize, c.co_nlocals, len(c.co_varnames), len(c.co_cellvars), len(c.co_freevars))
