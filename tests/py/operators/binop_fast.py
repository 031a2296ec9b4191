# int and float fast paths of BINARY_OP: two-digit ints, shifts, float powers
import random
r = random.Random(11)
vals = [0, 1, -1, 5, -5, 2**30 - 1, 2**30, -2**30, 2**59, -(2**59), 2**60 - 1, -(2**60 - 1), 2**60, 2**64, -2**64]
for _ in range(40):
    vals.append(r.randint(-2**61, 2**61))
acc = 0
for a in vals:
    for b in vals:
        t = a
        t += b
        acc = hash((acc, t, a - b, a & b, a | b, a ^ b))
print(acc)
for a in [0, 1, -1, 7, -7, 2**29, -2**29, 2**30 - 1, -(2**30 - 1)]:
    print([a >> s for s in (0, 1, 2, 29, 30, 31, 62, 63, 64, 100)])
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
for a in [0.5, 1.0, 2.0, 1e-300, 3.7]:
    print([a ** b for b in (0.5, -0.5, 2.0, 0.0, -1.0, 1.5)])
for a, b in [(0.0, -1.0), (-8.0, 1 / 3), (1e300, 2.0), (2.0, 1e10), (float("inf"), 0.5), (float("nan"), 0.0), (-2.0, 2.0)]:
    try:
        print(a ** b)
    except Exception as e:
        print(type(e).__name__, e)
