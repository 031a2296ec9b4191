import sys
g = sys.getsizeof
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
def gen():
    yield 1
gi = gen(); list(gi); show("gen done", lambda: g(gi))
async def agen():
    yield 1
def outer():
    x = 1
    def inner(): return x
    return inner
show("cell", lambda: g(outer().__closure__[0]))
import types
show("cell empty", lambda: g(types.CellType()))
show("SimpleNamespace", lambda: g(types.SimpleNamespace(a=1)))
show("MappingProxy", lambda: g(types.MappingProxyType({})))
show("method type", lambda: g(types.MethodType(len, 1)))
show("bool sizeof", lambda: (True).__sizeof__())
show("None sizeof", lambda: None.__sizeof__())
show("Ellipsis", lambda: g(Ellipsis))
show("exc with notes", lambda: g(ValueError("x").with_traceback(None)))
show("StopIteration", lambda: g(StopIteration(1)))
show("SystemExit", lambda: g(SystemExit(1)))
show("NameError", lambda: g(NameError("n", name="x")))
show("AttributeError", lambda: g(AttributeError("a")))
show("UnicodeEncodeError", lambda: g(UnicodeEncodeError("ascii", "\xe9", 0, 1, "r")))
show("UnicodeTranslateError", lambda: g(UnicodeTranslateError("\xe9", 0, 1, "r")))
show("ModuleNotFoundError", lambda: g(ModuleNotFoundError("m")))
show("FileNotFoundError", lambda: g(FileNotFoundError(2, "x")))
show("KeyboardInterrupt", lambda: g(KeyboardInterrupt()))
show("GeneratorExit", lambda: g(GeneratorExit()))
show("RecursionError", lambda: g(RecursionError()))
show("Warning", lambda: g(UserWarning("w")))
show("ExceptionGroup", lambda: g(ExceptionGroup("e", [ValueError()])))
show("BaseExceptionGroup", lambda: g(BaseExceptionGroup("e", [KeyboardInterrupt()])))
class E(Exception): pass
class E2(Exception):
    __slots__ = ("a",)
show("E", lambda: g(E())); show("E2", lambda: g(E2()))
e = E(); e.x = 1; show("E with attr", lambda: g(e)); show("E dict", lambda: g(e.__dict__))
import weakref
class W: pass
w = W()
show("WeakValueDictionary", lambda: g(weakref.WeakValueDictionary()))
show("weakref.finalize", lambda: g(weakref.finalize(w, print)) > 0)
show("ref subclass", lambda: g(type("R", (weakref.ref,), {})(w)))
show("KeyedRef", lambda: g(weakref.KeyedRef(w, None, 1)))
show("proxy callable", lambda: g(weakref.proxy(len)))
show("ref to func", lambda: g(weakref.ref(len)))
show("property", lambda: g(property(len)))
show("classmethod_descriptor", lambda: g(dict.__dict__["fromkeys"]))
show("builtin method bound", lambda: g("abc".upper))
show("slot wrapper", lambda: g(int.__add__))
show("method-wrapper", lambda: g((1).__add__))
show("getset_descriptor", lambda: g(type.__dict__["__name__"]))
show("member_descriptor", lambda: g(type("S", (), {"__slots__": ("a",)}).__dict__["a"]))
show("NoneType", lambda: g(type(None)))
show("int type", lambda: g(int)); show("type type", lambda: g(type)); show("object type", lambda: g(object))
class C1: pass
class C2:
    __slots__ = ("a","b")
class C3(C1): pass
class C4(dict): pass
show("C1", lambda: g(C1)); show("C2", lambda: g(C2)); show("C3", lambda: g(C3)); show("C4", lambda: g(C4))
show("super()", lambda: g(super(C3, C3())))
show("zip 3", lambda: g(zip([], [], [])))
show("map 3", lambda: g(map(len, [], [])))
show("enumerate start", lambda: g(enumerate([], 2**100)))
show("iter callable", lambda: g(iter(lambda: 1, 2)))
show("reversed seq", lambda: g(reversed("abc")))
show("dict revit", lambda: g(reversed({})))
show("dict keys rev", lambda: g(reversed({}.keys())))
show("set iter", lambda: g(iter({1})))
show("frozenset iter", lambda: g(iter(frozenset())))
show("dict vals iter", lambda: g(iter({}.values())))
show("range iter", lambda: g(iter(range(5))))
show("longrange iter", lambda: g(iter(range(2**64))))
show("str ascii iter", lambda: g(iter("a")))
show("bytes iter", lambda: g(iter(b"a")))
show("tuple iter", lambda: g(iter((1,))))
show("list iter", lambda: g(iter([1])))
show("module", lambda: g(types.ModuleType("m", "doc")))
show("sys", lambda: g(sys))
show("builtins", lambda: g(__builtins__))
show("sys.flags", lambda: g(sys.flags))
show("sys.version_info", lambda: g(sys.version_info))
show("sys.float_info", lambda: g(sys.float_info))
show("sys.int_info", lambda: g(sys.int_info))
show("sys.hash_info", lambda: g(sys.hash_info))
show("sys.maxsize", lambda: g(sys.maxsize))
show("time struct", lambda: __import__("time").__name__ and g(__import__("time").gmtime(0)))
show("gc.get_stats", lambda: g(__import__("gc").get_stats()))
show("slice big", lambda: g(slice(2**100)))
show("NotImplementedType", lambda: g(type(NotImplemented)))
show("complex big", lambda: g(complex(1e300, 1e300)))
show("float subclass inst attr", lambda: g(type("F", (float,), {})(1.0)))
class IS(int): pass
x = IS(5); x.attr = 1; show("int subclass with attr", lambda: g(x))
show("int sub 2**60", lambda: g(IS(2**60)))
class TS(tuple): pass
show("tuple sub 0", lambda: g(TS())); show("tuple sub 5", lambda: g(TS(range(5))))
class SS(str): pass
show("str sub ucs4", lambda: g(SS("\U0001f600"))); show("str sub empty", lambda: g(SS()))
class BS(bytes): pass
show("bytes sub", lambda: g(BS(b"ab")))
class DS(dict): pass
show("dict sub 10", lambda: g(DS.fromkeys(range(10))))
class LS(list): pass
l = LS(); l.extend(range(10)); show("list sub 10", lambda: g(l))
class FS(frozenset): pass
show("frozenset sub", lambda: g(FS(range(10))))
class BAS(bytearray): pass
show("bytearray sub", lambda: g(BAS(b"abc")))
class CS(complex): pass
show("complex sub", lambda: g(CS(1)))
