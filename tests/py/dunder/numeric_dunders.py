class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return self
    def __abs__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __truediv__(self, o):
        return V(self.x / o)
    def __floordiv__(self, o):
        return V(self.x // o)
    def __mod__(self, o):
        return V(self.x % o)
    def __divmod__(self, o):
        return (self.x // o, self.x % o)
    def __pow__(self, e, mod=None):
        return V(pow(self.x, e, mod))
    def __rpow__(self, b):
        return V(b ** self.x)
    def __lshift__(self, n):
        return V(self.x << n)
    def __and__(self, o):
        return V(self.x & o)
    def __or__(self, o):
        return V(self.x | o)
    def __xor__(self, o):
        return V(self.x ^ o)
    def __matmul__(self, o):
        return "matmul"
    def __repr__(self):
        return "V(%r)" % self.x

v = V(7)
print(v + V(1), v + 2, 3 + v, v - V(2), v * 2, 2 * v, -v, +v, abs(V(-3)), ~v)
print(v / 2, v // 2, v % 4, divmod(v, 3), v ** 2, pow(v, 2, 5), 2 ** v)
print(v << 1, v & 3, v | 8, v ^ 1, v @ v)

class IV:
    def __init__(self, x):
        self.x = x
    def __iadd__(self, o):
        self.x += o
        return self
    def __add__(self, o):
        return "plain add"
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return "fallback mul"
a = IV(1)
b = a
a += 5
print(a is b, a.x)
a *= 3
print(a)

class Idx:
    def __index__(self):
        return 2
print([1, 2, 3][Idx()], "abc"[Idx()], bin(Idx()), [0] * Idx(), range(Idx()))
class Num:
    def __int__(self):
        return 4
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __round__(self, n=None):
        return "rounded"
    def __bool__(self):
        return False
print(int(Num()), float(Num()), complex(Num()), round(Num()), bool(Num()), not Num())
for bad in (lambda: int(object()), lambda: float([]), lambda: [1][float("1.5")], lambda: -"x", lambda: abs("x"), lambda: ~1.5):
    try:
        bad()
    except TypeError as e:
        print(e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
