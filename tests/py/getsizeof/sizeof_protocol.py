import sys
g = sys.getsizeof
def t(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, "ERR", type(e).__name__, e)
class A:
    def __sizeof__(self): return 10
class Neg:
    def __sizeof__(self): return -1
class Big:
    def __sizeof__(self): return 2**70
class Flt:
    def __sizeof__(self): return 1.5
class Boo:
    def __sizeof__(self): return True
class IntSub(int): pass
class RetIntSub:
    def __sizeof__(self): return IntSub(7)
class Raises:
    def __sizeof__(self): raise KeyError("k")
class ArgsSize:
    def __sizeof__(self, x): return 1
class Idx:
    def __index__(self): return 5
class RetIdx:
    def __sizeof__(self): return Idx()
class SlotsSize:
    __slots__ = ("a",)
    def __sizeof__(self): return 3
class ListSub(list):
    def __sizeof__(self): return super().__sizeof__() + 1000
class StaticSize:
    __sizeof__ = staticmethod(lambda: 42)
class GetAttr:
    def __getattr__(self, n): return lambda: 77
t("A", lambda: g(A()))
t("Neg", lambda: g(Neg()))
t("Neg default", lambda: g(Neg(), 5))
t("Big", lambda: g(Big()))
t("Big default", lambda: g(Big(), 5))
t("Flt", lambda: g(Flt()))
t("Flt default", lambda: g(Flt(), 5))
t("Boo", lambda: g(Boo()))
t("RetIntSub", lambda: g(RetIntSub()))
t("Raises", lambda: g(Raises()))
t("Raises default", lambda: g(Raises(), 9))
t("ArgsSize", lambda: g(ArgsSize()))
t("RetIdx", lambda: g(RetIdx()))
t("SlotsSize", lambda: g(SlotsSize()))
t("ListSub", lambda: g(ListSub([1,2,3])))
t("StaticSize", lambda: g(StaticSize()))
t("GetAttr", lambda: g(GetAttr()))
t("class A", lambda: g(A))
t("default kw", lambda: g(1, default=3))
t("default kw bad", lambda: g(1, dflt=3))
t("obj kw", lambda: g(object=1))
t("none", lambda: g())
t("three", lambda: g(1, 2, 3))
t("default type", lambda: g(Neg(), "x"))
t("A.__sizeof__", lambda: A().__sizeof__())
t("object.__sizeof__", lambda: object.__sizeof__(A()))
t("object.__sizeof__ list", lambda: object.__sizeof__([1,2,3]))
t("list.__sizeof__", lambda: list.__sizeof__([1,2,3]))
t("list.__sizeof__ bad", lambda: list.__sizeof__((1,)))
t("[].__sizeof__", lambda: [].__sizeof__())
t("dict.__sizeof__", lambda: {}.__sizeof__())
t("set.__sizeof__", lambda: set().__sizeof__())
t("str.__sizeof__", lambda: "abc".__sizeof__())
t("int.__sizeof__", lambda: (2**100).__sizeof__())
t("bytes.__sizeof__", lambda: b"abc".__sizeof__())
t("tuple.__sizeof__", lambda: (1,2).__sizeof__())
t("bytearray.__sizeof__", lambda: bytearray(b"ab").__sizeof__())
t("sizeof args", lambda: [].__sizeof__(1))
t("sizeof of type", lambda: type.__sizeof__(int))
t("sizeof of A type", lambda: type.__sizeof__(A))
t("g(int)", lambda: g(int))
t("g(A)", lambda: g(A))
class Meta(type):
    def __sizeof__(cls): return 5
class WM(metaclass=Meta): pass
t("meta sizeof", lambda: g(WM))
t("float.__sizeof__", lambda: (1.0).__sizeof__())
t("complex.__sizeof__", lambda: (1j).__sizeof__())
t("range.__sizeof__", lambda: range(3).__sizeof__())
