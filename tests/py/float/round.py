import random
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 123.456, -123.456, 1e22, 5e-324, 0.0, -0.0]:
    print(round(v), [round(v, n) for n in (-3, -2, -1, 0, 1, 2, 3, 5, 10)])
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round(1.7976931348623157e308, -307))
t(lambda: round(1e300, -400))
t(lambda: round(-1e300, -400))
t(lambda: round(1.5, 400))
t(lambda: round(float('inf'), 2))
t(lambda: round(float('nan'), 2))
t(lambda: round(float('nan')))
t(lambda: round(2.5, None))
t(lambda: round(2.5, 1.5))
t(lambda: (2.5).__round__(1, 2))
t(lambda: round(-0.4))
t(lambda: round(-0.04, 1))
t(lambda: round(5e-324, 323))
t(lambda: round(1234.5678, -2**70))
t(lambda: round(1234.5678, 2**70))
r = random.Random(3)
for _ in range(500):
    x = r.uniform(-1e6, 1e6)
    n = r.randint(-5, 8)
    print(round(x, n))
