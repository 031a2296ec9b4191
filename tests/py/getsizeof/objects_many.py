import sys, gc, weakref
g = sys.getsizeof
def show(label, v):
    try:
        print(label, g(v))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
show("range", range(10)); show("range big", range(2**100)); show("slice", slice(1,2,3)); show("slice1", slice(None))
def f(a, b=1, *args, **kw):
    x = 1
    def inner():
        return x
    return inner
show("func", f); show("lambda", lambda: 0); show("closure", f(1))
show("cell", f(1).__closure__[0])
def big():
    a = 1; b = 2; c = 3; d = 4
    for i in range(10):
        a += i * b + c - d
    return a, b, c, d, [a, b], {a: b}
class K:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def p(self): return 1
k = K()
show("bound method", k.m); show("classmethod bound", K.cm); show("cm obj", K.__dict__['cm']); show("sm obj", K.__dict__['sm']); show("property", K.__dict__['p'])
show("builtin func", len); show("builtin method", [].append); show("method-wrapper", k.__str__); show("wrapper_descriptor", object.__str__); show("method_descriptor", list.append); show("getset", type(f).__dict__['__code__']); show("member", type(f).__dict__['__doc__'] if False else None)
show("module sys", sys); show("module gc", gc)
import types
show("new module", types.ModuleType("x"))
def gen():
    yield 1
    yield 2
gi = gen(); show("gen", gi); next(gi); show("gen running", gi)
async def co(): pass
c = co(); show("coro", c); c.close()
show("genexpr", (x for x in range(3)))
show("iter list", iter([])); show("iter tuple", iter(())); show("iter str", iter("")); show("iter dict", iter({})); show("iter set", iter(set())); show("iter range", iter(range(3))); show("iter range big", iter(range(2**100))); show("iter bytes", iter(b"")); show("iter bytearray", iter(bytearray()))
show("dict keys", {}.keys()); show("dict items", {}.items()); show("dict values", {}.values()); show("iter dict items", iter({}.items()))
show("reversed list", reversed([])); show("reversed range", reversed(range(3))); show("reversed tuple", reversed(()))
show("enumerate", enumerate([])); show("zip", zip([],[])); show("map", map(len, [])); show("filter", filter(None, []))
show("callable_iter", iter(int, 1)); show("seq iter", iter(type("X",(),{"__getitem__":lambda s,i:1})()))
class W: pass
w = W(); r = weakref.ref(w); show("weakref", r); show("proxy", weakref.proxy(w))
show("weakref cb", weakref.ref(w, lambda r: None))
show("type(None)", type(None))
show("NotImplemented", NotImplemented); show("Ellipsis", ...)
show("object()", object())
show("super", super(K, k))
try:
    1/0
except Exception as e:
    show("traceback", e.__traceback__)
    show("exc w tb", e)
show("staticmethod(len)", staticmethod(len))
show("classmethod", classmethod(len))
show("property()", property())
import builtins
show("builtins", builtins)
show("mappingproxy", K.__dict__)
show("NoneType()", type(None)())
show("bool", True)
show("int subclass of bool", 1 == 1)
show("dict_keyiterator", iter({1:2}))
show("list_reverseiterator", reversed([1]))
show("str iter", iter("abc")); show("ucs iter", iter("\u20ac"))
show("GenericAlias", list[int])
show("Union", int | str)
show("zip strict", zip([], strict=True))
show("float big", 1e300)
show("complex subclass", type("C", (complex,), {})(1))
show("bytes subclass", type("B", (bytes,), {})(b"abcd"))
class Slotted2:
    __slots__ = ("a","b","c","d","e")
show("slots5", Slotted2())
class S2Sub(Slotted2):
    pass
show("slots sub", S2Sub())
class S3Sub(Slotted2):
    __slots__ = ("f",)
show("slots sub slots", S3Sub())
show("type instance", type("T", (), {}))
show("metaclass class", type("M", (type,), {}))
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
show("class with meta", WithMeta)
show("class with slots", Slotted2)
show("K", K)
