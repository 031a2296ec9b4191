# '' and the one-character latin-1 strings are preallocated singletons.
# (CPython 3.11 detail: the literals 'a', 'b', '_' ... are separate
# interned objects coming from its deep-frozen start-up modules, so
# 'abc'[0] is not the literal 'a'; 'g', 'é' and '%' are the singletons.)
import sys
s = "abc"
a, e, empty, g, y, pct, eacute, u = "a", "é", "", "g", "y", "%", "é", "u"
print(s[0] is s[0], s[0] is a, chr(97) is s[0], chr(97) is a)
xg, px, ee, xyz = "xg", "%x", "é€", "xyz"
print(xg[1] is g, chr(103) is g, px[0] is pct, chr(233) is eacute, ee[0] is eacute)
print(a * 0 is empty, empty.join([]) is empty, s[3:] is empty, str() is empty)
print(xyz[1:2] is xyz[1], xyz[1:2] is y)
print("".join([a]) is a, a + empty is a)
w = "€uro"
print(w[1] is u, w[1] is chr(117), w[1:3] == "ur")
print(sys.intern(chr(97)) is a, sys.intern(chr(97)) is chr(97), sys.intern(chr(103)) is chr(103))
print(sys.getrefcount(g) > 100000, sys.getrefcount(empty) > 100000)
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abc"), sys.getsizeof("é"),
      sys.getsizeof("ééé"), sys.getsizeof("€"), sys.getsizeof("€€€"), sys.getsizeof("😀"),
      sys.getsizeof("😀😀😀"), sys.getsizeof("a" * 100), sys.getsizeof("é" * 100))
print("".__sizeof__(), "abc".__sizeof__(), "é".__sizeof__())
mixed = "€abc"
print(sys.getsizeof(mixed[1:]), sys.getsizeof("abc"))
print(sys.getsizeof("ab" + "€"[:0]))
