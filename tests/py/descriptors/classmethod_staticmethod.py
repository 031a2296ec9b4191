class A:
    @classmethod
    def make(cls, v):
        return cls.__name__, v
    @staticmethod
    def util(x):
        return x * 3

class B(A):
    pass

print(A.make(1), B.make(2), B().make(3), A.util(2), A().util(3))
print(type(A.__dict__["make"]).__name__, type(A.__dict__["util"]).__name__)
print(A.__dict__["make"].__func__.__name__, A.__dict__["util"].__func__.__name__)
print(A.__dict__["util"](5), A.__dict__["make"].__wrapped__ is A.__dict__["make"].__func__)
print(type(A.make).__name__, A.make.__self__ is A, B.make.__self__ is B)
sm = staticmethod(len)
print(sm("abc"), repr(staticmethod(len)), repr(classmethod(len)))
for bad in (lambda: classmethod(), lambda: staticmethod(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(e)
print(dict.fromkeys("ab"), type(dict.__dict__["fromkeys"]).__name__)
try:
    dict.__dict__["fromkeys"](1)
except TypeError as e:
    print(e)
class P:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()
print(P.name)
