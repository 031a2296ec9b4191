import sys
g = sys.getsizeof
def show(label, v):
    try:
        print(label, g(v))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
d = {}; out=[]
for i in range(100):
    out.append(g(d)); d[i] = i
print("dict insert", out)
d = {}; out=[]
for i in range(100):
    out.append(g(d)); d[str(i)] = i
print("dict str insert", out)
for n in range(0, 40, 3):
    print("fromkeys", n, g(dict.fromkeys(range(n))), g(dict.fromkeys([str(i) for i in range(n)])), g(dict(zip(range(n), range(n)))), g({i: i for i in range(n)}), g(dict.fromkeys(set(range(n)))), g(dict.fromkeys(dict.fromkeys(range(n)))))
show("{}", {})
show("{1}", {1: 1})
show("{5}", {1:1,2:2,3:3,4:4,5:5})
show("{6}", {1:1,2:2,3:3,4:4,5:5,6:6})
show("{8}", {1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8})
show("{11}", {1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,10:10,11:11})
show("{'a'...6}", {'a':1,'b':2,'c':3,'d':4,'e':5,'f':6})
show("dict()", dict())
show("dict(a=1)", dict(a=1))
show("dict(a..f)", dict(a=1,b=2,c=3,d=4,e=5,f=6))
show("dict(list)", dict([(1,2),(3,4)]))
d = dict.fromkeys(range(100)); 
for i in range(90): del d[i]
show("dict after del", d)
d[1000] = 1; show("dict after del+ins", d)
d = dict.fromkeys(range(100)); d.clear(); show("dict clear", d)
d = {}; d[1]=1; d.clear(); show("dict clear small", d)
d = dict.fromkeys(range(10)); show("copy", d.copy())
d = dict.fromkeys(range(100)); 
for i in range(99): del d[i]
show("copy after del", d.copy())
show("dict(d)", dict(d))
d = dict.fromkeys(range(10)); d.update(dict.fromkeys(range(10,30))); show("update", d)
d = {}; d.setdefault(1, 2); show("setdefault", d)
d = dict.fromkeys(range(10)); d.popitem(); show("popitem", d)
d = dict.fromkeys(range(10)); d |= {20:1}; show("ior", d)
show("or", dict.fromkeys(range(10)) | {20: 1})
class A:
    pass
a = A(); show("inst empty", a); show("inst dict empty", a.__dict__)
a.x = 1; show("inst dict 1", a.__dict__)
class B:
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3
b = B(); show("B inst", b); show("B dict", b.__dict__)
b2 = B(); show("B2 dict", b2.__dict__)
b2.d = 4; show("B2 dict +d", b2.__dict__)
b3 = B(); 
for i in range(10): setattr(b3, "z%d" % i, i)
show("B3 dict", b3.__dict__)
b4 = B(); del b4.a; show("B4 del", b4.__dict__)
class C:
    def __init__(self):
        for i in range(40): setattr(self, "a%d" % i, i)
c = C(); show("C dict", c.__dict__); show("C dict2", C().__dict__)
b5 = B(); b5.__dict__; d5 = b5.__dict__; show("B5", d5)
b6 = B(); b6.__dict__[1] = 2; show("B6 nonstr", b6.__dict__)
show("A.__dict__", A.__dict__)
show("class A", A); show("class B", B); show("type", type); show("object", object)
class S:
    __slots__ = ("a","b","c")
show("slots3", S())
class S0:
    __slots__ = ()
show("slots0", S0())
class SW:
    __slots__ = ("a", "__weakref__")
show("slots weakref", SW())
class SD:
    __slots__ = ("a", "__dict__")
show("slots dict", SD())
class Sub(B):
    pass
show("sub inst", Sub())
class LI(list): pass
show("LI", LI()); show("LI3", LI([1,2,3]))
class DI(dict): pass
show("DI", DI()); 
class TI(tuple): pass
show("TI", TI((1,2,3)))
class II(int): pass
show("II", II(5)); show("II big", II(2**100)); show("II0", II(0))
class FI(float): pass
show("FI", FI(1.5))
class STI(str): pass
show("STI", STI("abc")); show("STI e", STI("\xe9")); show("STI E", STI("\u20ac"))
class BI(bytes): pass
show("BI", BI(b"abc"))
class SI(set): pass
show("SI", SI())
class SI2(frozenset): pass
show("SI2", SI2())
class EI(Exception): pass
show("EI", EI()); show("Exception", Exception()); show("ValueError", ValueError("x")); show("OSError", OSError()); show("StopIteration", StopIteration()); show("SyntaxError", SyntaxError()); show("KeyError", KeyError()); show("UnicodeDecodeError", UnicodeDecodeError("utf-8", b"x", 0, 1, "r")); show("ImportError", ImportError()); show("SystemExit", SystemExit()); show("BaseExceptionGroup", BaseExceptionGroup("x", [ValueError()])); show("NameError", NameError()); show("AttributeError", AttributeError())
# sets
s = set(); out=[]
for i in range(100):
    out.append(g(s)); s.add(i)
print("set add", out)
for n in range(0, 40, 3):
    print("setn", n, g(set(range(n))), g(frozenset(range(n))), g({i for i in range(n)}), g(set(list(range(n)))), g(set(set(range(n)))), g(frozenset(set(range(n)))), g(set(dict.fromkeys(range(n)))), g(set("abcdefghijklmnopq"[:n])))
show("{1,2,3}", {1,2,3})
show("{1..10}", {1,2,3,4,5,6,7,8,9,10})
s = set(range(100)); s.clear(); show("set clear", s)
s = set(range(100)); 
for i in range(95): s.discard(i)
show("set discard", s)
show("set copy", s.copy())
show("set union", set(range(10)) | set(range(5,20)))
show("set inter", set(range(10)) & set(range(5,20)))
show("set diff", set(range(100)) - set(range(5,100)))
show("set sym", set(range(10)) ^ set(range(5,20)))
s = set(range(10)); s |= set(range(50)); show("set ior", s)
s = set(range(10)); s.update(range(50)); show("set update", s)
show("fs()", frozenset())
