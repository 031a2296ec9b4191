class Cup:
    """A cup."""
    size = 3

    def __init__(self, tea):
        self.tea = tea

    def describe(self):
        return "cup of " + self.tea

c = Cup("green")
print(c.tea, c.size, c.describe())
print(Cup.__name__, Cup.__qualname__, Cup.__module__, Cup.__doc__)
print(type(c) is Cup, type(Cup) is type, isinstance(c, Cup), isinstance(c, object))
print(Cup.__bases__, Cup.__base__, Cup.__mro__)
print(repr(Cup), str(Cup))
print(repr(c) == "<__main__.Cup object at %#x>" % id(c))
print(str(c) == repr(c))
print(hash(c) == hash(c), c == c, c != c, c == Cup("green"))
print(sorted(k for k in Cup.__dict__))
print(type(Cup.__dict__).__name__)
print(Cup.describe(c), c.describe.__self__ is c, c.describe.__func__ is Cup.__dict__['describe'])
c.size = 10
print(c.size, Cup.size)
del c.size
print(c.size)
Cup.size = 5
print(c.size)

def make():
    class Local:
        pass
    return Local
L = make()
print(L.__qualname__, repr(L))

class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
