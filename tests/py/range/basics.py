# range: lazy, len, contains, index, count, slicing, reversed, repr, equality
r = range(10)
print(r, range(0, 10, 2), range(5, 0, -1), range(-3), range(1, 2, 1), repr(range(0)))
print(len(r), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(5, 0)), len(range(-5, 5, 7)))
print(list(r), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(-2, 3)), list(range(3, -3, -2)))
print(r[0], r[-1], r[5], range(0, 10, 3)[-1], range(10, 0, -3)[2])
print(r[2:5], r[::2], r[::-1], r[-3:], r[8:2:-2], r[100:], range(0, 10, 3)[1:], range(5)[::-2][::-1])
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 3.5 in r, True in r, 'a' in r)
print(r.index(3), range(0, 10, 2).index(8), range(10, 0, -2).index(4), r.count(3), r.count(11), r.count(3.0), range(5).index(True))
print(range(0) == range(5, 1), range(0, 3) == range(3), range(0, 10, 2) == range(0, 11, 2), range(1, 2, 3) == range(1, 5, 4), range(3) != range(4))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], bool(range(0)), bool(range(1)))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(5)) == hash(range(0, 5, 1)), hash(range(0, 10, 2)), hash(range(5)))
print(r.start, r.stop, r.step, range(1, 9, 3).step, range(-3).stop)
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
it = iter(range(3))
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
print(type(reversed(range(3))).__name__, sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
print(range(5).__reduce__(), range(1, 10, 2).__len__(), range(4).__getitem__(2))
print(range(True, 3), range(0, 10, True), [i for i in range(0)], list(range(2, 1)))
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(Idx(), 10)[Idx()], list(range(10))[Idx()])
