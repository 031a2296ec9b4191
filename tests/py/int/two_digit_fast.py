# int add/sub/floordiv/mod/divmod around the one- and two-digit boundaries
import random
r = random.Random(5)
vals = [0, 1, -1, 2**30 - 1, 2**30, -2**30, 2**60 - 1, -(2**60 - 1), 2**60, -2**60, 2**61, 7, -7, 2**31 + 5]
for _ in range(300):
    vals.append(r.randint(-2**62, 2**62))
    vals.append(r.randint(-2**31, 2**31))
acc = 0
for a in vals:
    for b in vals[:60]:
        acc = (acc * 31 + hash(a + b) + hash(a - b)) % (2**61 - 1)
        if b:
            q, m = a // b, a % b
            acc = (acc * 31 + hash(q) + hash(m) + hash(divmod(a, b))) % (2**61 - 1)
            assert q * b + m == a
print(acc)
