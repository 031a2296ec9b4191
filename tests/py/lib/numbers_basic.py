import numbers
from fractions import Fraction
for v in [3, True, 2.5, 1j, Fraction(1, 3), "x", None]:
    print(repr(v), [isinstance(v, k) for k in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print([k.__name__ for k in numbers.Integral.__mro__])
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
try:
    numbers.Real()
except TypeError as e:
    print(e)
class Meters(numbers.Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v)
    def __ceil__(self): return int(self.v) + 1
    def __round__(self, n=None): return round(self.v, n)
    def __floordiv__(self, o): return self.v // o
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return self.v % o
    def __rmod__(self, o): return o % self.v
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return Meters(self.v + o)
    def __radd__(self, o): return Meters(o + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return Meters(self.v * o)
    def __rmul__(self, o): return Meters(o * self.v)
    def __truediv__(self, o): return Meters(self.v / o)
    def __rtruediv__(self, o): return o / self.v
    def __pow__(self, o): return Meters(self.v ** o)
    def __rpow__(self, o): return o ** self.v
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == o
    def __repr__(self): return f"Meters({self.v})"
m = Meters(7)
print(m - 2, 10 - m, divmod(m, 2), complex(m), m.real, m.imag, m.conjugate(), bool(m), numbers.Number.__hash__)
