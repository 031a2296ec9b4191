class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __repr__(cls):
        return "<Meta %s>" % cls.__name__

class Base(metaclass=Meta, flavour="mint"):
    def __init__(self, x):
        self.x = x

class Sub(Base):
    pass

print(Base.added, Sub.added, Base.kw, Sub.kw)
print(type(Base) is Meta, type(Sub) is Meta, repr(Sub))
s = Sub(5)
print(s.x, isinstance(s, Base))

class Counter(type):
    count = 0
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Counter.count += 1

class P(metaclass=Counter): pass
class Q(P): pass
print(Counter.count)

T = type("T", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(T.__name__, T().f(), T.__module__)

class WithPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"from_prepare": True}

class R(metaclass=WithPrepare):
    x = 1
print(R.from_prepare, R.x)
print(type.__prepare__("x", ()), type(type.__dict__["__prepare__"]).__name__)

class Inst(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int

class Magic(metaclass=Inst): pass
print(isinstance(42, Magic), isinstance(41, Magic), issubclass(int, Magic), issubclass(str, Magic))
