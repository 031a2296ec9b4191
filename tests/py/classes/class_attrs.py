class A:
    x = 1

print(A.__dict__["x"], "x" in A.__dict__, A.__dict__.get("y", "no"))
try:
    A.__dict__["x"] = 2
except TypeError as e:
    print(e)
print(len(A.__dict__) > 0, repr(A.__dict__).startswith("mappingproxy({"))
A.y = 2
print(A.y, A.__dict__["y"])
del A.y
try:
    del A.y
except AttributeError as e:
    print(e)
try:
    A.nothing
except AttributeError as e:
    print(e)
try:
    int.foo = 1
except TypeError as e:
    print(e)
try:
    del int.real
except TypeError as e:
    print(e)
try:
    setattr(A, 1, 2)
except TypeError as e:
    print(e)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A))
A.__qualname__ = "Q"
print(repr(A), repr(A()).startswith("<__main__.Q object"))
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(e)
A.__doc__ = "docs"
print(A.__doc__)
A.__module__ = "elsewhere"
print(repr(A))
print(int.__module__, int.__qualname__, int.__name__, int.__doc__[:20])
print(type(A.__dict__["__dict__"]).__name__, type(A.__dict__["__weakref__"]).__name__)
class B(A): pass
print("__dict__" in B.__dict__, B.__base__.__name__)
print(A.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9) != 0)
print(object.__basicsize__, A.__basicsize__, A.__weakrefoffset__, A.__dictoffset__, A.__itemsize__)
