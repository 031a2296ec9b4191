import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 1, -1, 255, -256, 2**30, 2**64 - 1, -(2**100), 12345678901234567890]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(),
          v.__getnewargs__(), v.__index__(), v.__sizeof__(), sys.getsizeof(v))
for v, n in [(1234567, -2), (1250, -2), (1350, -2), (-1250, -2), (-1251, -2), (15, -1), (25, -1),
             (5, -1), (-5, -1), (12345, 0), (12345, 3), (10**30 + 5 * 10**9, -10), (7, -100)]:
    print(round(v, n), v.__round__(n))
t(lambda: (1).__round__(None))
t(lambda: (1).__round__(1, 2))
t(lambda: round(5, 1.5))
t(lambda: (1).bit_length(5))
t(lambda: (1).is_integer())

for v, n, bo, sg in [(0, 1, 'big', False), (1, 1, 'big', False), (255, 1, 'little', False),
                     (256, 2, 'big', False), (256, 2, 'little', False), (-1, 1, 'big', True),
                     (-128, 1, 'big', True), (127, 1, 'big', True), (-129, 2, 'little', True),
                     (2**64 - 1, 8, 'big', False), (-(2**63), 8, 'little', True), (0, 0, 'big', False),
                     (10**30, 13, 'big', False), (-(10**30), 13, 'big', True)]:
    b = v.to_bytes(n, bo, signed=sg)
    print(b, int.from_bytes(b, bo, signed=sg) == v)
t(lambda: (5).to_bytes())
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-129).to_bytes(1, 'big', signed=True))
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (-1).to_bytes(0, 'big', signed=True))
t(lambda: (0).to_bytes(0, 'big', signed=True))
t(lambda: (1).to_bytes(1, 'mid'))
t(lambda: (1).to_bytes(-1))
t(lambda: (1).to_bytes(1, 5))
t(lambda: (1).to_bytes(1, 'big', 3))
t(lambda: (1).to_bytes(x=1))
t(lambda: (1).to_bytes(1, length=2))
t(lambda: int.from_bytes(b'\x01\x02'))
t(lambda: int.from_bytes(b'\x01\x02', 'little'))
t(lambda: int.from_bytes(b'\xff' * 20, 'big', signed=True))
t(lambda: int.from_bytes(b'\x00\x80', 'little', signed=True))
t(lambda: int.from_bytes([1, 2, 3], 'big'))
t(lambda: int.from_bytes((255,), 'big', signed=True))
t(lambda: int.from_bytes(bytearray(b'\x10'), 'big'))
t(lambda: int.from_bytes([1, 300]))
t(lambda: int.from_bytes(['a']))
t(lambda: int.from_bytes(5))
t(lambda: int.from_bytes('ab'))
t(lambda: int.from_bytes())
t(lambda: int.from_bytes(b'', 'big', True))
t(lambda: int.from_bytes(b'\x01', 'mid'))
t(lambda: True.from_bytes(b'\x05'))
t(lambda: bool.from_bytes(b'\x00'))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30 - 1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-(2**90)), sys.getsizeof(True), sys.getsizeof(False))
print(int.__doc__ is not None, int.__name__, int.__basicsize__, int.__itemsize__)
print(sorted(k for k in int.__dict__ if not k.startswith('__')))
