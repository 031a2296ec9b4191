# math.comb/perm on every size: results that fit a machine word, those
# just past it, and big ones built by splitting the factors in halves.
import math
M = 10**9 + 7
def show(r):
    return r if r < 2**200 else (r.bit_length(), r % M)
for n in range(0, 70):
    print(n, [math.comb(n, k) for k in range(n + 2)])
for n in [20, 21, 25, 33, 62, 63, 64, 65, 66, 67, 68, 100, 127, 128, 1000, 2**32, 2**62, 2**63 - 1, 2**63, 2**64, 2**64 + 1, 10**30]:
    print(n, [show(math.perm(n, k)) for k in (0, 1, 2, 3, 5, 8, 13, 21, 34)])
    print(n, [show(math.comb(n, k)) for k in (0, 1, 2, 3, 5, 8, 13, 21, 34)])
for n, k in [(1000, 500), (1000, 999), (5000, 1234), (2**40, 200), (10**25, 77), (3**50, 129), (99999, 50000)]:
    print(n, k, show(math.comb(n, k)), show(math.perm(n, k)), show(math.comb(n, n - k) if n < 10**6 else 0))
print(math.perm(30), math.perm(21, 21), math.perm(20, 20), math.comb(2**64 + 3, 2**64 + 1))
print(math.comb(True, True), math.perm(True, 1), type(math.perm(5, 1)))
