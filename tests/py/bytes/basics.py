import sys
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], list(b), b + b"!", b * 2, 2 * b"ab")
e, ba, bb = b"", b"a", b"b"
print(e is bytes(), ba is b"abc"[:1], b"abc"[1:2] is bb, bytes(ba) is ba, b[:] is b, bytes(b) is b)
print(b"abc" < b"abd", b"ab" < b"abc", b"a" == b"a", b"a" == "a", b"a" != "a", b"x" in b"xyz", 120 in b"xyz",
      b"" in b"a", 0 in b"a\x00")
print(bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)), bytes(x for x in [97, 98]),
      bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes(bytearray(b"ba")), bytes({1: 2}), bytes())
print(sys.getsizeof(b""), sys.getsizeof(b"a"), sys.getsizeof(b"abc"), b"abc".__sizeof__(), sys.getsizeof(b"x" * 100))
print(hash(b"") == 0, hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc".__getnewargs__())
print(str(b"x"), repr(b"x'y"), repr(b"x\"y"), repr(b"'\""), repr(b"\x00\x7f\x80\xff\n\t\r\\"), repr(b""))
print(b"%s-%d-%x-%c-%r-%a" % (b"s", 5, 255, 65, b"r", "é"), b"%(k)s" % {b"k": b"v"}, b"100%%" % ())
print(b"%5s|%-5b|%.1s|%c" % (b"ab", b"cd", b"xy", b"z"), b"%05.1f %e" % (2.25, 1.5), bytearray(b"%d") % 3)
it = iter(b"ab")
print(next(it), next(it), list(it), type(iter(b"")).__name__)
class B(bytes):
    pass
x = B(b"abc")
print(x, type(x).__name__, x == b"abc", x.upper(), type(x.upper()).__name__, type(x[:1]).__name__, bytes(x))
class WithBytes:
    def __bytes__(self):
        return b"converted"
print(bytes(WithBytes()), b"%s" % WithBytes())
for bad in [lambda: bytes(-1), lambda: bytes([1, 256]), lambda: bytes([1, "a"]), lambda: bytes("abc"),
            lambda: bytes(b"ab", "ascii"), lambda: bytes(1.5), lambda: bytes(None), lambda: bytes("é", "ascii"),
            lambda: bytes(encoding="ascii"), lambda: bytes("a", errors="strict"), lambda: bytes(5, "ascii"),
            lambda: bytes(b"abc")[5], lambda: bytes(b"abc")["a"], lambda: b"a" + "b", lambda: b"a" * "x", lambda: 300 in b"abc",
            lambda: "a" in b"abc", lambda: b"a" < "a", lambda: b"%s" % "x", lambda: b"%c" % 256,
            lambda: b"%c" % b"ab", lambda: b"%s" % (b"a", b"b"), lambda: b"%d" % b"1", lambda: b"%y" % 1,
            lambda: bytes([-1]), lambda: bytes([1.5]), lambda: bytes(b"abc")[1:3:0], lambda: bytes(b"x")[1.5],
            lambda: bytes(b"abc", errors="x"), lambda: b"%(a)s" % {"a": b"x"}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
