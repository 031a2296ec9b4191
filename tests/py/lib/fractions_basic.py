from fractions import Fraction as F
import fractions, math, copy, numbers
vals = [F(3, 6), F(-10, 8), F(5), F(0), F(7, -3), F(F(1, 7), 5), F(F(1, 7), F(2, 3)), F("314"), F("-35/4"), F("3.1415"), F("-47e-2"), F(1.47), F(2.25), F(" 1_000/3 "), F("1.5e3"), F(".5"), F("2."), F("+7/21"), F("7 / 21") if False else F(1)]
for v in vals:
    print(repr(v), str(v), v.numerator, v.denominator, float(v), int(v), hash(v) == hash(float(v)) if v.denominator in (1, 2, 4, 8) else hash(v))
a, b = F(1, 3), F(2, 5)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** F(1, 2), 2 ** F(3), 2 ** F(1, 2), F(4) ** F(1, 2))
print(a + 1, 1 + a, a + 0.5, 0.5 + a, a + 1j, a * 3, 3 / a, a - True, a == F(2, 6), a == 1/3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, a < b, a >= 0.3, b > 0, a != b)
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1)]), max(F(1, 2), 0.6), sum([F(1, 10)] * 10), sum([F(1, 3), F(1, 6)], F(0)))
print(abs(F(-3, 4)), -F(3, 4), +F(3, 4), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), bool(F(0)), bool(F(1, 9)))
print(F(3.141592653589793).limit_denominator(10), F("3.141592653589793").limit_denominator(100), F(4321, 8765).limit_denominator(10000), F(1, 3).as_integer_ratio(), F.from_float(0.1), F.from_float(3))
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(5)), hash(F(-1)), {F(1, 2): "half", 0.5: "float"}, F(1, 2) in {0.5}, hash(F(3, 7)))
print(copy.copy(a) is a, copy.deepcopy(a) is a, isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(a, numbers.Integral))
print(F(10**20, 3) * F(3, 10**20), F(2, 3) ** 10, float(F(10**400, 10**399)), F(1, 7) < 1e-300, F(1, 3) > float("nan"), F(1, 3) < float("inf"))
for bad in ["abc", "1/0", "1.2.3", "", " / 3", "3/", "1e", "--1", "0x10", "1_", "1__0", "7 / 21", "7 /21", "1.5/2", "1/2.5", "1e5/2", " +.5e-2 "]:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for bad in [(1, 0), (1.5, 2), ("1", 2), ([],)]:
    try:
        print(F(*bad))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
try:
    F.from_float("x")
except TypeError as e:
    print(e)
class MyF(F): pass
m = MyF(1, 2); print(repr(m), type(m + 1).__name__, type(+m).__name__, repr(copy.copy(m)))
print(f"{F(1, 3)}", "%s" % F(2, 4), [F(1, 2)], F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate(), complex(F(1, 2)))
