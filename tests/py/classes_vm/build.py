class A:
    "A doc"
    x = 1
    def method(self):
        return "A.method"
    def uses_class(self):
        return __class__
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.x)
print(A().uses_class() is A)
class B(A):
    def method(self):
        return "B+" + super().method()
print(B().method())
class C(B):
    def method(self):
        return "C+" + super(C, self).method()
print(C().method(), [k.__name__ for k in C.__mro__])
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = kw
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta, flag=True):
    pass
print(type(WithMeta).__name__, WithMeta.added)
def make():
    y = 5
    class Local:
        z = y * 2
        def get(self):
            return y
    return Local
L = make()
print(L.z, L().get(), L.__qualname__)
class Dec:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return "prop"
print(Dec.s(), Dec.c(), Dec().p)
class Slots:
    __slots__ = ("a",)
s = Slots(); s.a = 1; print(s.a)
bases = (A,)
class Star(*bases):
    pass
print(Star.__bases__[0].__name__)
class Init:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Init({self.v!r})"
print(Init(3), [Init(i) for i in range(2)])
class Private:
    __secret = 1
    def get(self):
        return self.__secret
print(Private().get(), hasattr(Private, "_Private__secret"))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
try:
    class Bad(5):
        pass
except TypeError as e:
    print(type(e).__name__)
def no_args_super():
    super()
try:
    no_args_super()
except RuntimeError as e:
    print(e)
class Anno:
    x: int = 3
    y: str
print(Anno.__annotations__, Anno.x)
