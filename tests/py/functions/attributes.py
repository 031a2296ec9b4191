def f(a, b=2, *args, c, d=4, **kw):
    "The docstring."
    x = 1
    return a
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount,
      f.__code__.co_posonlyargcount, f.__code__.co_nlocals, f.__code__.co_varnames)
print(f.__code__.co_flags & 0x0f, f.__globals__ is globals(), f.__closure__)
print(type(f).__name__, repr(f).startswith("<function f at 0x"))
f.attr = "custom"
print(f.__dict__, f.attr)
f.__name__ = "renamed"
print(f.__name__, repr(f).startswith("<function f at"))
def ann(a: int, b: "str" = "x") -> list:
    pass
print(ann.__annotations__)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(repr(Outer().method()).split(" at ")[0])
print(Outer.Nested.deep.__qualname__, Outer.method.__qualname__)
print((lambda x: x).__name__, (lambda: 0).__qualname__)
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    wrapper.__wrapped__ = fn
    return wrapper
@deco
def decorated(x):
    return x * 2
print(decorated(3), decorated.__wrapped__.__name__, decorated.__name__)
@deco
@deco
def twice():
    return 1
print(twice())
try:
    f.__defaults__ = 5
except TypeError as e:
    print(e)
f.__defaults__ = (10,)
print(f(1, c=3))
print(f.__code__.co_filename.endswith("attributes.py"), f.__code__.co_firstlineno)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__code__.co_consts)
print(callable(f), f.__call__ is not None)
g = f.__get__(5)
print(type(g).__name__, g.__self__, g.__func__ is f)
