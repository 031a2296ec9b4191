# lists, tuples, dicts, sets, strings, slicing, sorting, comprehensions
l = [i * 2 for i in range(50)]
l.append(3); l.extend(range(10)); l.insert(0, -1); del l[5:10]
t = tuple(l[:20]); s = set(l); f = frozenset(t)
d = {str(i): i for i in range(30)}
d.update(a=1, b=2); d.pop("3"); d.setdefault("z", [])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), len(s), len(f), sorted(d)[:3])
print(" ".join(w.upper() for w in words), "-".join(map(str, t[:5])))
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
b = bytes(range(10)); ba = bytearray(b); ba += b"xyz"
print(b.hex(), ba[2:5], list(reversed(l[:5])), l.index(3), t.count(4))
print(f"{len(l)} {3.5:.2f} {'x' * 3!r} {1 << 70}", "%s %d" % ("a", 5))
