# slice objects
s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, None), slice(None, None, -1), slice('a', [1], None))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), slice(None).indices(3), slice(None, None, -1).indices(4), slice(-2, None).indices(5), slice(-100, 100).indices(10))
print(slice(None, None, -2).indices(10), slice(5, 1, -1).indices(3), slice(2 ** 70, None).indices(5), slice(0, 10).indices(2 ** 70))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2) <= slice(1, 2, None))
print(slice(1, 2) == (1, 2, None), s == s, slice(1, 2) != slice(1, 2))
l = list(range(10))
print(l[s], l[slice(None, None, -3)], 'abcdef'[slice(1, 4)], (0, 1, 2)[slice(-2, None)])
print(s.__reduce__(), type(s).__name__, isinstance(s, slice))
class I:
    def __index__(self):
        return 2
print(l[I():5], slice(I(), 5).indices(10), l[slice(I())])
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: hash(slice(1)))
t(lambda: {slice(1): 0})
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(x=1))
t(lambda: slice(1).indices(-1))
t(lambda: slice(1).indices('a'))
t(lambda: slice('a').indices(3))
t(lambda: slice(None, None, 0).indices(3))
t(lambda: l[slice('a')])
t(lambda: slice(1) < 1)
t(lambda: setattr(s, 'start', 1))
