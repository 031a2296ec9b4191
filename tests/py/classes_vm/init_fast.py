# C(...) with a plain __init__: object creation stays invisible
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, type(p).__name__)


# refcounts seen from inside __init__
class R:
    def __init__(self, a):
        print("self refs", sys.getrefcount(self))
        print("arg refs", sys.getrefcount(a) - base)


base = 0
val = object()
base = sys.getrefcount(val)
r = R(val)
print("class refs delta ok", sys.getrefcount(R) > 1)


# __init__ returning something else
class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


# an exception in __init__ and __del__ timing
class D:
    def __init__(self, fail):
        if fail:
            raise ValueError("no")
        print("init ok")

    def __del__(self):
        print("del")


try:
    D(True)
except ValueError as e:
    print("caught", e)
d = D(False)
del d
print("after del")


# the traceback of an error inside __init__


class T:
    def __init__(self, v):
        self.v = 1 / v


def make_t():
    return T(0)


try:
    make_t()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    while tb is not None:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
        tb = tb.tb_next


# the caller frame
class F:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name


def maker():
    return F()


print(maker().caller)


# super() and inheritance
class A:
    def __init__(self, x):
        self.x = x


class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y


b = B(3, 4)
print(b.x, b.y)


class C(A):
    pass


print(C(7).x)


# __init__ replaced later; defaults; keywords; wrong arity
class E:
    def __init__(self, a):
        self.a = a


for i in range(3):
    print(E(i).a)
E.__init__ = lambda self, a, b=5: setattr(self, "a", a + b)
print(E(1).a)
del E.__init__
try:
    E(1)
except TypeError as e:
    print("TypeError:", e)
print(type(E()).__name__)


class K:
    def __init__(self, a, b=2):
        self.s = a + b


print(K(1).s, K(1, 1).s, K(a=5).s)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


# abstract classes still refuse
import abc


class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self, x):
        self.x = x


try:
    Abs(1)
except TypeError as e:
    print("TypeError:", e)


# __new__ overridden
class N:
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls)

    def __init__(self, v):
        print("init", v)


N(5)


# recursion through constructors
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1) if n < 100 else None


Deep(0)
depth = 0


class Inf:
    def __init__(self):
        global depth
        depth += 1
        Inf()


try:
    Inf()
except RecursionError as e:
    print("RecursionError:", e, depth > 300)


# the arguments' references after failures
class Fail:
    def __init__(self, a, b):
        raise KeyError(a)


class Ret:
    def __init__(self, a):
        return a


marker = object()
before = sys.getrefcount(marker)
for i in range(5):
    try:
        Fail(marker, marker)
    except KeyError:
        pass
    try:
        Ret(marker)
    except TypeError as e:
        msg = str(e)
print(msg, sys.getrefcount(marker) - before)
