# bytearray sizes built from iterables (the list/tuple fast path of
# bytearray(), extend()'s length-hint buffer), with failing items
import sys
def s(b): return sys.getsizeof(b)
out = []
for src in [[], [1], list(range(10)), list(range(100)), tuple(range(33)), range(50), iter(range(70)), b'abc', bytearray(b'x'*40), (x for x in range(20)), [1, 2, 300]]:
    try:
        b = bytearray(src); out.append(('init', s(b), len(b)))
    except Exception as e:
        out.append(('init', type(e).__name__, str(e)))
for src in [[], [1], list(range(10)), list(range(100)), tuple(range(33)), range(50), iter(range(70)), b'abc'*30, (x for x in range(20)), [1, 2, 'x'], [1, 2, 256]]:
    b = bytearray(b'0123456789')
    try:
        b.extend(src); out.append(('extend', s(b), len(b)))
    except Exception as e:
        out.append(('extend', type(e).__name__, str(e), len(b), s(b)))
b = bytearray()
for i in range(200):
    b.append(i); out.append(s(b))
b = bytearray()
for i in range(50):
    b += b'xyz'; out.append(s(b))
b = bytearray(b'a' * 100)
for i in range(60):
    b.pop(); out.append(s(b))
for i in range(10):
    del b[:5]; out.append(s(b))
a = bytearray(b'abc'); out.append(s(a + a)); out.append(s(a * 5)); out.append(s(a + b'q' * 100))
a *= 7; out.append(s(a))
a = bytearray(b'x' * 10); a[2:3] = b'y' * 100; out.append(s(a)); a[2:] = b''; out.append(s(a))
a.insert(0, 5); out.append(s(a))
out.append(s(bytearray(5))); out.append(s(bytearray(b'abc').copy())); out.append(s(bytearray(b'abc')[1:]))
out.append(s(bytearray('héllo', 'utf-8')))
for x in out: print(x)
