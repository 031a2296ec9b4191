vals = [0, 1, -1, 5, -5, 255, -256, 2**30, -2**30, 2**64 - 1, -2**64, 2**100 + 12345, -(2**100) - 7]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
for a in vals:
    for s in [0, 1, 3, 29, 30, 31, 63, 64, 65, 100]:
        print(a << s, a >> s)
print(-1 >> 1000, 1 >> 1000, -(2**100) >> 99, -(2**100) >> 100, -(2**100) >> 101, (-(2**100) - 1) >> 100)
print(1 << 10**2, 0 << 10**20, -1 >> 10**20, 5 >> 10**20)
for e in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 10**20, lambda: 2 ** 100 >> -(2**100)]:
    try:
        print(e())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(True & True, True | False, True ^ True, type(True & 1).__name__, True & 3)
