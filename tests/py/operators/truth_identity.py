print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(None), bool(()), bool(0.0))
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Truthy:
    pass
print(bool(Empty()), bool(Full()), bool(Truthy()), not Empty(), Empty() or "fallback")
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
x = [1, 2]
y = x
print(x is y, x == [1, 2], x is [1, 2], x is not y, id(x) == id(y))
a = 256
b = 256
print(a is b, None is None, type(None)() is None)
print(True + True, True == 1, isinstance(True, int))
