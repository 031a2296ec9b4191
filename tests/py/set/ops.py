# set operators and methods, with sets, frozensets and iterables
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
fa = frozenset(a)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union([7], (8,), {9: 0}), a.union(), a.intersection(b, [4]), a.intersection())
print(a.difference(b), a.difference([1], [2]), a.difference(), a.symmetric_difference(b), a.symmetric_difference([1, 9]))
print(fa | b, b | fa, fa & b, type(fa | b).__name__, type(b | fa).__name__, type(fa - b).__name__, type(fa.union([1])).__name__)
print(a <= a, a < a, a <= {1, 2, 3, 4, 5}, a < {1, 2, 3, 4, 5}, a >= {1}, a > {1}, a == fa, a != b)
print(a.issubset(range(10)), a.issubset([1]), a.issuperset([1, 2]), a.issuperset({9}), a.isdisjoint([7, 8]), a.isdisjoint({4}))
s = {1, 2, 3}
s |= {4}
s &= {2, 3, 4, 5}
s -= {3}
s ^= {2, 9}
print(s)
t = s
t |= {100}
print(s is t, s)
s = {1, 2, 3}
s.update([4], {5})
s.intersection_update([1, 2, 3, 4, 5, 6], {2, 3, 4, 5})
s.difference_update([5], (9,))
s.symmetric_difference_update({1, 2, 7})
print(s)
s = set(range(10))
s &= s
print(s)
s -= s
print(s)
s = {1, 2}
s ^= s
print(s)
s = {1, 2}
s |= s
print(s)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
print({1, 2}.difference({2: 'x'}), set(range(40)) - {1, 2}, set(range(8)) - set(range(100)))
print(set([1, 2, 3]) & set(range(100)), set(range(100)) & {50, 5, 500}, {1, 2, 3}.intersection(iter([3, 2, 9])))
print(set(range(5)) ^ set(range(3, 8)), frozenset(range(5)).symmetric_difference(range(3, 8)))
print({(1, 2), 3} | {(1, 2)}, {frozenset({1}), 2} & {frozenset([1])})
print(set('ab') == set('ba'), sorted(set('hello') & set('world')))
