import sys

print(sys.exc_info())
print(sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, type(tb).__name__)
    print(sys.exception() is v)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

def f():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print(f().__name__)
print(f())
