import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(True, False, repr(True), str(False), type(True).__name__, isinstance(True, int), bool.__mro__)
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, ~True, +True, abs(False))
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False)
print(type(True & True).__name__, type(True & 1).__name__, True & 3, 1 | True, type(1 | True).__name__, True ^ 2)
print(int(True), float(True), complex(True), str(True), hash(True), hash(False), True == 1, False == 0, True is (1 == 1))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('a'), bool([]), bool([0]), bool(None), bool(2**100))
print(bool(0j), bool(1j), bool(float('nan')), bool(()), bool({}), bool(range(0)))
class A:
    def __bool__(self):
        return False
class B:
    def __len__(self):
        return 3
class C:
    def __bool__(self):
        return 1
print(bool(A()), bool(B()), not A(), not B())
t(lambda: bool(C()))
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
def sub():
    class X(bool):
        pass
t(sub)
print(sys.getsizeof(True), sys.getsizeof(False), True.__sizeof__(), True.bit_length(), False.bit_length())
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(), type(True.conjugate()).__name__)
print(format(True), format(True, 'd'), format(True, '^7'), format(False, '>5'), f"{True:x}", '%d %s %r' % (True, True, False))
print(True.to_bytes(1, 'big'), bool.from_bytes(b'\x00', 'big'), max(True, 0), sum([True, True, False]))
print(sorted(bool.__dict__))
print(True.__and__(1), True.__rand__(True), True.__or__(0), True.__xor__(False))
