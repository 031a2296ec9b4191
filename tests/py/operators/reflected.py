class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"

class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"

print(Base() + Derived())
print(Derived() + Base())
print(1 + Base(), Base() + 1)

class OnlyR:
    def __radd__(self, other):
        return "OnlyR.__radd__ with %r" % (other,)
print(1 + OnlyR(), "s" + OnlyR(), [1] + OnlyR())
try:
    OnlyR() + 1
except TypeError as e:
    print(e)

class NotImpl:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
try:
    NotImpl() + NotImpl()
except TypeError as e:
    print(e)

class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"
    def __rsub__(self, other):
        return "MyInt.__rsub__"
print(1 + MyInt(2), 1 - MyInt(2), MyInt(2) + 1)

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__")
        return NotImplemented
class SubEq(Eq):
    def __eq__(self, other):
        print("SubEq.__eq__")
        return True
print(Eq() == SubEq())
print(Eq() == Eq())
class L(list):
    def __lt__(self, other):
        return "L.lt"
print([1] > L(), L() < [1])
