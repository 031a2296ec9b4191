class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, A) and self.v == other.v

print(A(1) == A(1), A(1) != A(1), A(1) == A(2), A(1) != 1)
print(A.__hash__)
try:
    hash(A(1))
except TypeError as e:
    print(e)
try:
    {A(1)}
except TypeError as e:
    print(e)

class B(A):
    def __hash__(self):
        return hash(self.v)
print(hash(B(3)) == hash(3), len({B(1), B(1), B(2)}))

class NotEq:
    def __ne__(self, other):
        return "custom ne"
print(NotEq() != 1, NotEq() == NotEq())

class Always:
    def __eq__(self, other):
        return True
a = Always()
print(a == None, a is None, None == a, a in [1], [a] == [2])

class H:
    def __hash__(self):
        return -1
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()) == hash(2 ** 70))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class ReHash(A):
    __hash__ = object.__hash__
print(type(hash(ReHash(1))).__name__)
A.__hash__ = lambda self: 7
print(hash(A(1)))
del A.__hash__
print(hash(A(1)) == hash(A(1)) if A.__hash__ else "unhashable")
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
