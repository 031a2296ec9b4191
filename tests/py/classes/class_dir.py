class A:
    a = 1
    def f(self): pass
class B(A):
    b = 2
x = B()
x.c = 3
print([n for n in dir(x) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print(dir(object) == sorted(object.__dict__), len(dir(x)))
print("__init__" in dir(x), "__class__" in dir(x), "__dict__" in dir(x))
print(sorted(object.__dir__(x))[:3])
