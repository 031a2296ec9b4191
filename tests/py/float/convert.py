def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['1', '  1.5  ', '-0', '+.5e-3', '1_0.5e1_0', '1e500', '-1e-500', 'inf', '-iNF', 'infinity',
          '+Infinity', 'nan', '-nan', 'NaN', '1' * 400, '0.1', '1e', '1_', '1_.5', '1._5', '1e_1', '_1',
          '0x10', 'in', 'infinityx', 'nan(1)', '.', '', '  ', '1.5\x00', '\u00a01.5\u3000', '١٢.٥',
          'x' * 300, '1.7976931348623157e308', '1.7976931348623159e308', '2.4703282292062328e-324',
          '2.4703282292062327e-324', '5e-324', '0e0', '00.1', '1.', '.1', '1.e5', '1E5', '1e+05']:
    t(lambda: float(s))
t(lambda: float(b'1.5'))
t(lambda: float(bytearray(b' 2 ')))
t(lambda: float(b'x'))
t(lambda: float([]))
t(lambda: float(None))
t(lambda: float(x=1))
t(lambda: float(1, 2))
t(lambda: float())
t(lambda: float(10**20))
t(lambda: float(2**1024))
t(lambda: float(2**1024 - 2**970))
t(lambda: float(2**1024 - 2**971))
t(lambda: float(2**53 + 1))
t(lambda: float(2**54 + 3))
t(lambda: float(-(2**63)))
t(lambda: float(True))
class F:
    def __float__(self):
        return 2.5
class G:
    def __float__(self):
        return 1
class H:
    def __index__(self):
        return 7
class J:
    pass
t(lambda: float(F()))
t(lambda: float(G()))
t(lambda: float(H()))
t(lambda: float(J()))
import random
r = random.Random(7)
for _ in range(300):
    v = r.getrandbits(r.randint(1, 200))
    print(float(v), float(-v))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 1e20, 2.0**63, -2.0**63, 1e300]:
    print(int(v), round(v), v.__trunc__(), v.__floor__(), v.__ceil__())
t(lambda: int(float('nan')))
t(lambda: round(float('inf')))
t(lambda: float('inf').__floor__())
