def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
vals = [0.0, -0.0, 1.0, -1.5, 2.5, 1e300, -1e-300, 7, -3, float('inf'), float('-inf'), float('nan')]
for a in vals:
    for b in vals:
        r = []
        for op in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b,
                   lambda: a % b, lambda: divmod(a, b), lambda: a ** b):
            try:
                r.append(repr(op()))
            except Exception as e:
                r.append(type(e).__name__ + ': ' + str(e))
        print(repr(a), repr(b), ' | '.join(r))
t(lambda: (-8.0) ** (1/3))
t(lambda: (-8) ** 0.5)
t(lambda: 10.0 ** 400)
t(lambda: 1.5 ** 10**20)
t(lambda: 2.0 ** -1e300)
t(lambda: (-2.0) ** 1e300)
t(lambda: 1e-300 ** 20)
t(lambda: pow(2.0, 3, 5))
t(lambda: 1e308 * 10)
t(lambda: -7.5 // 2)
t(lambda: 7.5 % -2)
t(lambda: 5 % -0.0)
t(lambda: -0.0 % 5)
t(lambda: 0.0 // -5)
t(lambda: 1e308 // 1e-308)
t(lambda: -7.0 // float('inf'))
t(lambda: -7.0 % float('inf'))
t(lambda: 7.0 % float('-inf'))
t(lambda: 3.0 % 0.1)
t(lambda: -(0.0))
t(lambda: abs(-0.0))
t(lambda: +(-0.0))
t(lambda: 0.1 * 3)
t(lambda: 2 ** 0.5)
t(lambda: 1 / 3.0 + 2**60)
t(lambda: 2**1024 + 1.0)
t(lambda: 1.0 + 'x')
print(1.0 == 1, 1.5 > 1, 0.1 + 0.2 == 0.3, float('nan') == float('nan'), 1e400 == float('inf'))
print(bool(0.0), bool(-0.0), bool(1e-300), bool(float('nan')))
