import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 2.0**-1022, 3.0, float('inf'), float('-inf'), float('nan')]:
    r = []
    for f in (lambda: v.hex(), lambda: v.is_integer(), lambda: v.as_integer_ratio(), lambda: v.conjugate(),
              lambda: v.real, lambda: v.imag, lambda: v.__getnewargs__(), lambda: float.fromhex(v.hex())):
        try:
            r.append(repr(f()))
        except Exception as e:
            r.append(type(e).__name__ + ': ' + str(e))
    print(' | '.join(r))
for s in [' -0x1.8p1 ', '1.8', '0X.8P+1', 'inf', '-Infinity', 'nan', '0x1p-1074', '0x1p-1075', '0x1.8p-1075',
          '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x.p1', '0x1p', '0x1_0p1', '', '0x1.0p99999999999999999999',
          '0x0p99999999999999999999', '0x1p-99999999999999999999', '0x123456789abcdef123456789p-50', 'ffffffffffffffffffffffp0',
          '0x00000000000000001p0', '0x.00000000000000001p64', '1p1', '0x1.000000000000080000000000001p0', '0x1.00000000000008p0']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(5))
class F(float):
    pass
t(lambda: type(F.fromhex('1.0')).__name__)
t(lambda: type(F(1.5).__round__(1)).__name__)
t(lambda: type(F(1.5).real).__name__)
t(lambda: type(+F(1.5)).__name__)
t(lambda: type(-F(1.5)).__name__)
t(lambda: F(1.5) + 1)
t(lambda: F('2.5'))
f = F(3.5)
f.x = 1
print(f, f.x, repr(f), f.__dict__, hash(f) == hash(3.5), isinstance(f, float))
t(lambda: float.__getformat__('double'))
t(lambda: float.__getformat__('x'))
t(lambda: float.__new__(int))
print(sys.getsizeof(1.5), (1.5).__sizeof__(), float.__basicsize__)
print(sorted(k for k in float.__dict__ if not k.startswith('__')))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
