import sys

x = object()
base = sys.getrefcount(x)
try:
    raise ValueError(x)
except ValueError as e:
    print(sys.getrefcount(x) - base)
print(sys.getrefcount(x) - base)

def f():
    try:
        raise KeyError(x)
    except KeyError:
        return sys.getrefcount(x) - base

print(f())
print(sys.getrefcount(x) - base)
err = ValueError(x)
print(sys.getrefcount(x) - base)
del err
print(sys.getrefcount(x) - base)
