# list.sort and sorted: keys, reverse, stability, comparison order
import sys
print(sorted([5, 2, 9, 1, 5, 6]), sorted([5, 2, 9], reverse=True))
print(sorted(['b', 'A', 'c', 'a'], key=str.lower), sorted([-3, 2, -1], key=abs))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]))
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, 2.25, -1, True]))
print(sorted('hello world'), sorted({3: 'a', 1: 'b'}), sorted({5, 1, 3}))
print(sorted([[2, 1], [1, 2], [1]]), sorted([], key=len))
l = [3, 1, 2]
print(l.sort(key=lambda x: -x), l)

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "L%d" % self.v

print(sorted([Loud(v) for v in [3, 1, 2, 5, 4]]))
print(sorted([Loud(v) for v in [1, 2, 3, 4]]))
print(sorted([Loud(v) for v in [4, 3, 2, 1]]))
data = [Loud(v % 7) for v in range(70)]
count = 0
def counting_key(x):
    global count
    count += 1
    return x
out = sorted(data, key=counting_key)
print([x.v for x in out[:10]], count)

class Cmp:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Cmp.n += 1
        return self.v < other.v

vals = [(i * 7919) % 1000 for i in range(500)]
s = sorted([Cmp(v) for v in vals])
print(Cmp.n, [c.v for c in s[:5]], [c.v for c in s[-5:]])
Cmp.n = 0
s = sorted([Cmp(v) for v in range(300)] + [Cmp(v) for v in range(300)])
print(Cmp.n)

l = [3, 1, 2]
def bad_key(x):
    l.append(x)
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, l)
l = [3, 1, 2]
def clear_key(x):
    l.clear()
    return x
try:
    l.sort(key=clear_key)
except ValueError as e:
    print("ValueError:", e, l)
def seen_key(x):
    print("during sort:", len(l), l)
    return x
l = [2, 1]
l.sort(key=seen_key)
print(l)
def raising_key(x):
    if x == 2:
        raise KeyError(x)
    return x
l = [3, 2, 1]
try:
    l.sort(key=raising_key)
except KeyError as e:
    print("KeyError", e, l)
l = [3, 'a', 1]
try:
    l.sort()
except TypeError as e:
    print("TypeError:", e, l)
print(sorted(range(10), key=lambda x: x % 2), sorted(range(10), key=lambda x: x % 2, reverse=True))
