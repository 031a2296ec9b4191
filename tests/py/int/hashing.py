import sys
vals = [0, 1, -1, -2, 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61), 2**64, -(2**64), 10**30, -(10**30),
        2**100, 1 << 1000, 12345678901234567890, 2**30, 2**60, -(2**60), 2**62]
for v in vals:
    print(hash(v))
print(hash(-1) == hash(-2), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(2**70) == hash(float(2**70)), hash(0.5), hash(-0.5), hash(1e100), hash(2**-1074 * 1.0))
print(hash(float('inf')), hash(float('-inf')), hash(-0.0), hash(1.5), hash(123.456), hash(-1.0))
print(sys.hash_info.modulus == 2**61 - 1)
d = {1: 'a', 1.0: 'b', True: 'c'}
print(d)
print({2**100: 1}[2**100], {0.1: 2}[0.1])
