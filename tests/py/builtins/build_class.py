class A:
    x = 1
    def m(self):
        return __class__
print(A.__name__, A.x, A().m() is A)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class B(metaclass=Meta, flag=1):
    y = 2
print(B.injected, type(B).__name__)

class C(B):
    pass
print(type(C).__name__)

class Entries:
    def __mro_entries__(self, bases):
        return (dict,)
class D(Entries()):
    pass
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Q(metaclass=BadPrep): pass
except TypeError as e:
    print("TypeError:", e)

def not_meta(name, bases, ns):
    return (name, bases, sorted(k for k in ns if not k.startswith("__")))
class F(metaclass=not_meta):
    z = 1
print(F)

class Swallow(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class S(metaclass=Swallow):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    __build_class__()
except TypeError as e:
    print("TypeError:", e)
try:
    __build_class__(1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    __build_class__(lambda: None, 1)
except TypeError as e:
    print("TypeError:", e)
