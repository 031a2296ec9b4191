def t(v, s):
    try:
        print(repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['', '010', '=10', '^20.2f', '10', '+', ',', '_g', '*<20e', 'd', '.3', 'g', '.2e', '#', '#g', 'z.1f',
          '>30', 'n', '.0f', 'F', 'E', 'G', '-', ' ', '%', 'x', '<', '.1']:
    for v in [1 + 2j, -0.0 + 2j, 0.0 + 2j, 1234.5 - 2j, complex(float('nan'), float('-inf')), -1.5 - 0.25j, 1e20j, 0j]:
        t(v, s)
print('{:.2f} {!r} {}'.format(1.2345 + 2.5j, 1j, -1j))
