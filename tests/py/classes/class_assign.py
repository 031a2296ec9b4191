class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class S3:
    __slots__ = ("a",)

a = A()
a.v = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.v, a.__dict__, isinstance(a, B))
s = S1()
s.a = 5
s.__class__ = S3
print(type(s).__name__, s.a)
for target, value in ((a, int), (s, S2), (a, S1), (1, A)):
    try:
        target.__class__ = value
    except TypeError as e:
        print(e)
try:
    del a.__class__
except TypeError as e:
    print(e)
try:
    a.__class__ = 5
except TypeError as e:
    print(e)
class M(type):
    pass
class X(metaclass=M):
    pass
print(type(X).__name__, X.__class__.__name__)
