import sys

print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof(tuple(range(10))))
print(sys.getsizeof({}))
d = {}
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(d))
    d[i] = i
print(sizes)
print(sys.getsizeof({"a": 1}), sys.getsizeof(dict(a=1, b=2)))
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(set(range(10))))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(100))))
s = set()
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print(sizes)
