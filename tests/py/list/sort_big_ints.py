# sorting exact ints beyond one digit (int's own comparison in the sort)
import random
r = random.Random(3)
for n in (0, 1, 2, 10, 100, 1000):
    for span in (10, 2**40, 2**100):
        xs = [r.randint(-span, span) for _ in range(n)]
        a = sorted(xs)
        b = sorted(xs, reverse=True)
        assert all(a[i] <= a[i + 1] for i in range(len(a) - 1))
        assert b == a[::-1] or sorted(b) == a
        print(n, span.bit_length(), hash(tuple(a)) & 0xffff, hash(tuple(b)) & 0xffff)
big = [3 * 10**20, -5, 2**31, -(2**62), 0, 7]
print(sorted(big), sorted(big, key=lambda v: -v))
pairs = [(2**40, 1), (5, 2), (2**40, 0), (-1, 3)]
print(sorted(pairs))
