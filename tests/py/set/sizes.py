# sys.getsizeof of sets: 216 with the smalltable, then 216 + 16 * table size
import sys
g = sys.getsizeof
print(g(set()), g(frozenset()), g({1}), g(set(range(5))), g(set(range(6))), g(frozenset(range(100))))
s = set()
out = []
for i in range(100):
    s.add(i)
    out.append(g(s))
print(out)
for i in range(100):
    s.discard(i)
print(g(s))
s.add(1)
print(g(s))
s = set(range(1000))
s.clear()
print(g(s), set().__sizeof__(), set(range(10)).__sizeof__())
print(g(set(range(10)) | set(range(5))), g(set(range(10)).copy()), g({1, 2, 3} - {1}))
