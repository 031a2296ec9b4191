# int arithmetic: small values, big values, signs, floor semantics
vals = [0, 1, -1, 2, -2, 7, -7, 255, 256, 257, -5, -6, 2**30 - 1, 2**30, -2**30,
        2**31, 2**62, 2**63 - 1, -2**63, 2**64, 10**20, -10**20, 3**100, -(7**77)]
for a in vals:
    for b in vals:
        print(a + b, a - b, a * b)
        if b:
            print(a // b, a % b, divmod(a, b))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(-10**30, 7), divmod(10**30, -7), divmod(-10**30, -10**15 - 3))
print(2 ** 100, (-2) ** 101, 0 ** 0, 1 ** 10**6, (-1) ** (10**6 + 1))
print(2 ** -1, 10 ** -3, (-2) ** -3, 4 ** 0.5)
print(pow(3, 200, 10**9 + 7), pow(-3, 201, 1000), pow(3, 200, -7), pow(2, -1, 7), pow(3, -2, 11))
print(pow(10**30, 10**5, 997), pow(0, 0, 5), pow(5, 3, 1), pow(5, 0, 1))
print(-(2**100), abs(-(2**100)), +(-5), -0, abs(-3))
print(~0, ~5, ~-5, ~(2**70), ~-(2**70))
x = 12345678901234567890123456789
y = 98765432109876543210
print(x * y, x // y, x % y, (x * y) // y == x, x * y % y)
big = 3 ** 5000
q, r = divmod(big, 7 ** 900)
print(q * 7 ** 900 + r == big, 0 <= r < 7 ** 900)
print(len(str(big)), str(big)[:30], str(big)[-30:])
a = 2 ** 4000 - 1
print(a * a == 2 ** 8000 - 2 ** 4001 + 1)
print((10**600 + 1) * (10**600 - 1) == 10**1200 - 1)
print(sum(range(10**6)))
print(int(True) + True, True * 10, False - 1)
