import math
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
f100 = fact(100)
print(f100, len(str(f100)), f100.bit_length(), f100 % 1000007)
print(2**1000 // 3**300, -(2**200) // 7, (-7) // 2, -7 % 3, 7 % -3, divmod(-17, 5), divmod(17.5, -4))
print(pow(3, 1000, 1000007), pow(2, -1, 7), pow(-2, 3), pow(2, 0.5), pow(-8, 1/3), 10**-2)
print(int("ff", 16), int("0b101", 0), int("  -42  "), int("1_000"), int(3.99), int(-3.99), int("z", 36))
print(hex(-255), oct(64), bin(-5), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1.5e300), round(7.0), type(round(7.0, 1)))
print(math.sqrt(2), math.pi, math.e, math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.gcd(48, 18), math.lcm(4, 6))
print(math.isclose(0.1 + 0.2, 0.3), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(10**20 + 1))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.hypot(3, 4), math.degrees(math.pi), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.inf > 10**400, math.nan == math.nan, math.isnan(float("nan")), math.copysign(1, -0.0), math.fmod(-7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, float("1e500"), (0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(7 / 2, 7 // 2, 7.0 // 2, -7 / 2, 2 ** -1, 0 ** 0, 1 / 3 * 3 == 1)
print(abs(-5), abs(-2.5), abs(3 + 4j), complex(1, 2) * complex(3, -1), (1 + 2j).conjugate(), (2j) ** 2)
print(sum(range(1, 101)), sum([1.5, 2.5], 10), max(3, 7, 5), min([4, 2, 8], key=lambda v: -v))
print(True + True, True * 10, int(True), bool(0.0), bool(""), bool([0]), 3 > 2 > 1, 1 < 3 < 2)
print(0.1 + 0.7, 1.1 * 3, 100 * 1.1, 3.0 * 1.1, 1e22, 1e21, 12345678901234567890.0, 0.000001, 0.0000001)
print(f"{math.pi:.10f} {math.pi:10.3f} {math.e:<10.4}| {1/7:.15g} {2/3:.1e} {1e100:.3g} {12.0:g} {1234567.0:g}")
print(hash(1), hash(1.0), hash(-1), hash(2**61 - 1), hash(2**61), hash(0.5), hash(-0.0), hash(float("inf")))
print(int(1e20), int(-1e20), float(2**53 + 1), 2**53 + 1 == float(2**53 + 1), 10**20 / 3)
x = 12345678901234567890123456789
print(x * x, x // 7, x % 97, -x >> 10, x << 70, x & 0xFFFF, x | 1, x ^ x, ~x)
print(str(2**200)[:20], int(str(3**500)) == 3**500, (10**50 + 1) % 10**25)
print(float(10**300) == 1e300, 10**400 > 1e308)
try:
    float(10**400)
except OverflowError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(sorted([3.5, -1, 2, 10**20, -2.5]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(range(10, 0, -3)), range(5)[2:], range(0, 20, 5)[-1], len(range(0, 100, 7)), 14 in range(0, 100, 7))
print(1_000_000 .__sizeof__() if False else "", (5).bit_count() if hasattr(int, "bit_count") else "", (-5).__abs__(), (3.7).__floor__() if hasattr(float, "__floor__") else "")
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.randrange(0, 100, 5), random.gauss(0, 1), random.choices("abc", k=5))
