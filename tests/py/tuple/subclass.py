# subclasses of tuple (what namedtuple builds on)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return 'Point(x=%r, y=%r)' % self

p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), isinstance(p, tuple), type(p).__name__)
print(type(p[:]).__name__, type(p + ()).__name__, type(p * 1).__name__, tuple(p) is p, type(tuple(p)).__name__)
print(hash(p) == hash((1, 2)), {p: 1}[(1, 2)])
class T(tuple):
    pass
e = T()
E = ()
print(e, e is E, e == E, type(e).__name__, T([1, 2]), T('ab'))
x, y = p
print(x, y, [*p], max(p))
