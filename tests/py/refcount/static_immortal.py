# CPython 3.11 allocates small ints, (), '' and one-character strings
# statically with a refcount of 999999999: getrefcount shows about 10**9
import sys
for v in (0, 1, 7, 255, 256, -5, (), "", "a", b""):
    print(repr(v), sys.getrefcount(v) > 999999999)
for v in (257, -6, (1,), "ab", 1.0, None, True):
    print(repr(v), sys.getrefcount(v) < 999999999)
