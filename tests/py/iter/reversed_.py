# reversed()
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
t(lambda: reversed(NotRev()))
t(lambda: reversed(1))
t(lambda: reversed({1, 2}))
t(lambda: reversed())
t(lambda: reversed([], []))
t(lambda: reversed([], x=1))
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(list(reversed(Short())))
class NoLen:
    def __getitem__(self, i):
        return i
t(lambda: reversed(NoLen()))
t(lambda: type(reversed({})).__name__)
