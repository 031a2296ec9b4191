# enumerate
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-2)), list(enumerate([], 5)))
print(list(enumerate(iterable='ab')), list(enumerate(start=3, iterable='x')), list(enumerate('x', True)))
import sys
print(list(enumerate('ab', sys.maxsize - 1)), list(enumerate('abc', sys.maxsize)), list(enumerate('ab', 2 ** 70)))
e = enumerate('xyz')
print(type(e).__name__, iter(e) is e, next(e), next(e), list(e), list(e))
class I:
    def __index__(self):
        return 7
print(list(enumerate('a', I())))
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
t(lambda: enumerate())
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], x=1))
t(lambda: enumerate(x=1))
t(lambda: enumerate([], start='a'))
t(lambda: enumerate(1))
t(lambda: enumerate([], 1.5))
t(lambda: enumerate(iterable=[], start=1, x=2))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
class Sub(enumerate):
    pass
print(list(Sub('ab', 1)), type(Sub('a')).__name__)
