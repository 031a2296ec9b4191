# comparisons feeding a conditional jump: ints, floats, NaN, mixed types
nan = float("nan")
inf = float("inf")
vals = [0, 1, -1, 2**30 - 1, 2**30, -2**30, 2**70, 0.0, -0.0, 1.5, -2.5, nan, inf, -inf, True, False]
out = []
for a in vals:
    row = []
    for b in vals:
        r = 0
        if a < b:
            r |= 1
        if a <= b:
            r |= 2
        if a == b:
            r |= 4
        if a != b:
            r |= 8
        if a > b:
            r |= 16
        if not (a >= b):
            r |= 32
        row.append(r)
    out.append(row)
for row in out:
    print(row)
i = 0
while i < 10:
    i += 1
print(i)
x = 1.0
n = 0
while x > 1e-3:
    x /= 2
    n += 1
print(n)


class W:
    def __lt__(self, o):
        print("lt called")
        return True


if W() < 1:
    print("yes")
try:
    if 1 < "a":
        pass
except TypeError as e:
    print("TypeError:", e)
