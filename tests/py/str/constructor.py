print(repr(str()), repr(str("x")), repr(str(1)), repr(str(1.5)), repr(str(None)), repr(str(b"x")),
      repr(str(bytearray(b"y"))), repr(str(object=5)), repr(str(encoding="ascii")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"\xff", errors="ignore"),
      str(b"abc", encoding="ascii"), str(bytearray(b"ab"), "ascii"), str(b"x\xffy", "utf-8", "replace"))
class S(str):
    pass
class T(str):
    def __str__(self):
        return "T!"
    def __repr__(self):
        return "T?"
s = S("hello")
print(s, repr(s), type(s).__name__, len(s), s.upper(), s + "!", s == "hello", isinstance(s, str))
print(type(s.upper()).__name__, type(s + "x").__name__, type(str(s)).__name__, s[1:3], type(s[1:3]).__name__)
t = T("abc")
print(t, str(t), repr(t), "%s" % t, "{}".format(t), f"{t}", format(t), t.upper(), len(t))
print(S("é€") == "é€", hash(S("abc")) == hash("abc"), {"abc": 1}[S("abc")], S() == "")
class U(str):
    def __new__(cls, x):
        return super().__new__(cls, x * 2)
print(U("ab"), type(U("ab")).__name__)
for bad in [lambda: str(1, 2, 3, 4), lambda: str(b"a", 1), lambda: str(b"a", "utf-8", 1),
            lambda: str("a", "utf-8"), lambda: str(1, "utf-8"), lambda: str(b"\xff", "utf-8"),
            lambda: str(zz=1), lambda: str(b"a", "nope"), lambda: str(5, object=3),
            lambda: str.__new__(int), lambda: str(b"a\x00", "utf-8\x00")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
