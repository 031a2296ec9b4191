import sys
b = bytearray(b"abc")
b.append(100); b.extend(b"ef"); b.extend([103]); b.insert(0, 95); b.insert(-100, 94); b.insert(100, 104)
print(b, len(b), b[0], b[-1], b[2:4], b.pop(), b.pop(0), b, b.count(b"a"))
b.remove(100); b.reverse(); print(b)
c = b.copy(); c[0] = 65; print(b, c, c is b, c == b)
b.clear(); print(b, len(b))
d = bytearray(b"abcdef")
d[1:3] = b"XYZ"; print(d)
d[::2] = b"1234"; print(d)
del d[1:3]; print(d)
del d[::2]; print(d)
d[0:0] = [1, 2]; print(d)
d[-1:] = b""; print(d)
d[:] = d; print(d)
d += b"!"; d *= 2; print(d)
e = bytearray(b"ab"); i = id(e); e += b"cd"; e *= 2; print(e, id(e) == i)
print(bytearray(5), bytearray("é", "utf-8"), bytearray([1, 2]), bytearray(), bytearray(range(3)), bytearray(b"x") * 3)
print(bytearray(b"a") == b"a", b"a" == bytearray(b"a"), bytearray(b"a") < b"b", bytearray(b"ab") + b"c", b"c" + bytearray(b"d"))
print(repr(bytearray(b"x'\"\x00")), str(bytearray(b"q")), bytearray(b"ab").hex(), bytearray.fromhex("41 42"))
print(bytearray(b"a,b").split(b","), bytearray(b"AB").lower(), bytearray(b" x ").strip(), bytearray(b"ab").decode())
print(type(bytearray(b"ab").upper()).__name__, type(bytearray(b"a:b").partition(b":")[0]).__name__)
it = iter(bytearray(b"xy")); print(next(it), list(it), type(it).__name__)
g = bytearray(b"abc"); it = iter(g); g.clear(); print(list(it))
sizes = []
h = bytearray()
for k in range(40):
    h.append(1)
    sizes.append(sys.getsizeof(h))
print(sizes)
print([sys.getsizeof(bytearray(b"x" * n)) for n in range(6)], bytearray(b"abc").__alloc__(), bytearray().__alloc__())
big = bytearray(b"x" * 100); del big[:90]; print(big, sys.getsizeof(big))
print(bytearray(b"abc").__reduce__(), bytearray(b"abc").__reduce_ex__(2), bytearray(b"abc").__reduce_ex__(4))
class BA(bytearray):
    pass
print(repr(BA(b"x")), repr(BA()), BA(b"ab").upper(), type(BA(b"ab") + b"c").__name__)
for bad in [lambda: bytearray().append(256), lambda: bytearray().append("a"), lambda: bytearray(b"a").extend(5),
            lambda: bytearray(b"a").extend("cd"), lambda: bytearray(b"abc").pop(5), lambda: bytearray().pop(),
            lambda: bytearray(b"abc").remove(120), lambda: bytearray(b"a").remove(256), lambda: hash(bytearray()),
            lambda: bytearray(1.5), lambda: bytearray("abc"), lambda: bytearray([1, 300]), lambda: bytearray(-1),
            lambda: bytearray(b"ab", "ascii")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for src in ["x = bytearray(b'abcdef'); x[::2] = b'12'", "x = bytearray(b'abc'); x[0] = 256",
            "x = bytearray(b'abc'); x[5] = 1", "x = bytearray(b'abc'); x[1:2] = 5", "x = bytearray(b'abc'); x[1:2] = 'x'",
            "x = bytearray(b'abc'); x['a'] = 1", "x = bytearray(b'ab'); x += 'x'", "x = bytearray(b'ab'); x *= 'x'",
            "x = bytearray(b'a'); del x[5]"]:
    try:
        exec(src)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
