# tuple hashes are CPython 3.11's xxHash-based values
print(hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash((1, (2, 3))), hash((0, 0)))
print(hash((1, 2)) == hash((1, 2)), hash((1.0, True)) == hash((1, 1)), hash(((),)))
print(hash(tuple(range(10))), hash((2 ** 61 - 1,)), hash((-2,)), hash((2 ** 100,)), hash((1.5, -0.0)))
d = {(1, 2): 'a', (1, (2,)): 'b'}
print(d[(1, 2)], d[1, (2,)], (1, 2) in d, {(1, 2), (1, 2)})
