# frozenset hashes (of int elements) are CPython's
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))), hash(frozenset({-1})))
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1])), hash(frozenset({frozenset()})), hash(frozenset([0, False])))
s = frozenset(range(10))
t = s - {5}
print(hash(t), hash(frozenset(range(10)) - {5}) == hash(frozenset([0, 1, 2, 3, 4, 6, 7, 8, 9])))
d = {frozenset({1, 2}): 'a'}
print(d[frozenset([2, 1])], {1, 2} == frozenset([1, 2]))
