class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
a = Adder(2)
print(a(3), a(3, scale=10), callable(a), callable(Adder), callable(3))
try:
    x = 3
    x()
except TypeError as e:
    print(e)
try:
    a()
except TypeError as e:
    print(e)

class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with Ctx() as v:
    print("body", v)
with Ctx():
    raise ValueError("swallowed")
print("after")

class C:
    def __copy__(self):
        return "copied"
    def __deepcopy__(self, memo):
        return "deep"
import copy
print(copy.copy(C()), copy.deepcopy(C()))

class Sized:
    def __sizeof__(self):
        return 1000
import sys
print(sys.getsizeof(Sized()))
Adder.__call__ = lambda self, x: "replaced"
print(a(1))
