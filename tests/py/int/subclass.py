import sys
class MyInt(int):
    pass
class Named(int):
    def __new__(cls, v, name):
        self = super().__new__(cls, v)
        self.name = name
        return self
    def __repr__(self):
        return f"Named({int(self)}, {self.name!r})"
m = MyInt(5)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, m * m, -m, type(-m).__name__, +m, type(+m).__name__)
print(isinstance(m, int), m == 5, hash(m) == hash(5), MyInt(), MyInt('12'), MyInt('ff', 16), MyInt(2**100))
m.attr = 'x'
print(m.attr, m.__dict__, sys.getsizeof(m) > 28)
n = Named(7, 'seven')
print(n, n + 1, repr(n), str(n), n.name, f"{n:x}", format(n, ''), int(n), type(int(n)).__name__)
z = MyInt(0)
z.k = 1
print(z, z.k, bool(z), MyInt(-3), abs(MyInt(-3)), MyInt(-3).__abs__())
print(type(MyInt(3).real).__name__, type(MyInt(3).numerator).__name__, MyInt(3).conjugate().__class__.__name__)
print(MyInt.from_bytes(b'\x01\x00', 'big'), type(MyInt.from_bytes(b'\x01', 'big')).__name__)
class Bad:
    def __index__(self):
        return 3
print(int(Bad()), [10, 20, 30, 40][Bad()], bin(Bad()), hex(Bad()), oct(Bad()))
class T:
    def __trunc__(self):
        return 9
print(int.__new__(MyInt, 4), type(int.__new__(MyInt, 4)).__name__)
del m, n, z
print("done")
