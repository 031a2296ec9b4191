import sys

class MyList(list):
    def total(self):
        return sum(self)

l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), type(l).__name__, isinstance(l, list))
l.tag = "x"
print(l.tag, l + [5], type(l + [5]).__name__)

class MyDict(dict):
    def __missing__(self, key):
        return key * 2
d = MyDict(a=1)
print(d["a"], d["zz"], d.get("zz"))

class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
i = MyInt(5)
print(i, i + 1, type(i + 1).__name__, repr(i), i == 5, hash(i) == hash(5))

class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", type(s + "x").__name__, len(s))

class MyTuple(tuple):
    pass
t = MyTuple((1, 2))
print(t, t[0], len(t), type(t).__name__)

class MyErr(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyErr(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)

class C: pass
print(sys.getsizeof(C()), sys.getsizeof(MyList()) - sys.getsizeof([]), sys.getsizeof(MyErr(1)))
print(MyList.__mro__)
