# ranges beyond machine integers
import sys
big = range(2 ** 100)
print(big, big[-1], big[2 ** 99], 2 ** 99 in big, big.index(5), big[10:12], big[::2 ** 98])
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(big.__len__ if False else 'skip', len(range(sys.maxsize)), bool(big))
r = range(2 ** 64, 2 ** 64 + 5)
print(list(r), type(iter(r)).__name__, list(reversed(r)), type(reversed(r)).__name__)
r = range(-2 ** 70, 2 ** 70, 2 ** 69)
print(list(r), r[1], len(r), 0 in r, 1 in r, r.index(2 ** 69), r.count(-2 ** 70))
r = range(sys.maxsize - 2, sys.maxsize)
print(list(r), type(iter(r)).__name__, list(reversed(r)))
r = range(-sys.maxsize - 1, -sys.maxsize + 1)
print(list(r), type(iter(r)).__name__, type(reversed(r)).__name__, list(reversed(r)))
r = range(0, sys.maxsize, sys.maxsize // 2)
print(list(r), type(iter(r)).__name__)
it = iter(range(2 ** 64, 2 ** 64 + 3))
print(it.__length_hint__(), next(it), it.__length_hint__())
print(range(10 ** 20)[10 ** 19], hash(range(2 ** 70)) == hash(range(0, 2 ** 70)), range(2 ** 70) == range(0, 2 ** 70, 1))
