import sys

def f(): return sys.getrefcount(1000000)
print(f())
def g(): return sys.getrefcount(1000000)
print(f(),g())

def f(): return 1000000
def g(): return 1000000
print(f() is g(), sys.getrefcount(f()))
print(sys.getrefcount(f.__code__.co_consts[1]))
print(f.__code__.co_consts is g.__code__.co_consts, f.__code__.co_names is g.__code__.co_names)
