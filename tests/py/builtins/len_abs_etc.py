print(len([1, 2]), len("abc"), len({}), len(range(10)), len(b"xy"))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, None, 1.5):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2**70))
try:
    abs("a")
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(base=2, exp=5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2), round(-0.5), type(round(2.5)).__name__)
print(round(7), round(7, 1), round(1.5, None))
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
class Rnd:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(Rnd()), round(Rnd(), 3))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash(()) == hash(()))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
print(bin(10), oct(10), hex(255), bin(-5), hex(0))
class Idx:
    def __index__(self):
        return 9
print(bin(Idx()), hex(Idx()), oct(Idx()))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError:", e)
print(callable(len), callable(1), callable(int), callable(lambda: 0))
