def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
        complex(float('nan'), float('inf')), 1e20j, complex(1e16, 1e-5), complex(3, 0), 2, 2.5]
for v in vals:
    print(repr(v), str(v))
for a in vals[:10]:
    for b in vals:
        r = []
        for op in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a ** b, lambda: a == b):
            try:
                r.append(repr(op()))
            except Exception as e:
                r.append(type(e).__name__ + ': ' + str(e))
        print(' | '.join(r))
t(lambda: (1 + 2j) ** 2)
t(lambda: (1 + 2j) ** -2)
t(lambda: (1 + 2j) ** 0.5)
t(lambda: (1 + 2j) ** 101)
t(lambda: (1 + 2j) ** (2 + 1j))
t(lambda: 0j ** 0)
t(lambda: 0j ** -2)
t(lambda: 0j ** 1j)
t(lambda: (1e200 + 1e200j) ** 2)
t(lambda: (1e200 + 1j) ** 2)
t(lambda: (1e200 + 1j) ** 2.5)
t(lambda: (10 + 1j) ** 1000)
t(lambda: (1e200 + 1e200j) * (1e200 + 1e200j))
t(lambda: abs(1e308 + 1e308j))
t(lambda: abs(3 + 4j))
t(lambda: abs(complex(float('inf'), float('nan'))))
t(lambda: abs(complex(float('nan'), 1)))
t(lambda: 1 / 0j)
t(lambda: 1j % 2)
t(lambda: 1j // 2)
t(lambda: divmod(1j, 2))
t(lambda: pow(1j, 2, 3))
t(lambda: (1 + 0j) < 1)
t(lambda: (1 + 0j) == 1)
t(lambda: (1 + 1j) == 1)
t(lambda: 1j == 1j)
t(lambda: (2 ** 1100) * 1j)
t(lambda: complex(2 ** 1100))
t(lambda: (-8) ** (1 / 3))
t(lambda: (-8.0) ** 0.5)
t(lambda: -(1 + 2j))
t(lambda: +(1 + 2j))
t(lambda: bool(0j))
t(lambda: bool(0.0 + 1e-300j))
t(lambda: (1 + 2j).conjugate())
t(lambda: (1 + 2j).real)
t(lambda: (1 + 2j).imag)
t(lambda: (1 + 2j).__getnewargs__())
t(lambda: (3 + 4j).__complex__())
for v in [1 + 2j, complex(2.5, 0), 1j, complex(0.0, -0.0), complex(1e100, -2)]:
    print(hash(v))
print(hash(complex(2.5, 0)) == hash(2.5), hash(complex(3, 0)) == hash(3), {1: 'a', 1 + 0j: 'b'})
