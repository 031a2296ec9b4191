import sys

class Plain:
    pass

class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2

class Slotted:
    __slots__ = ("a", "b")

print(sys.getsizeof(Plain()))
print(sys.getsizeof(WithInit()))
print(sys.getsizeof(Slotted()))
print(sys.getsizeof(object()))
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1, 2)))
def f():
    pass
print(sys.getsizeof(f) > 0)
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("")))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(reversed([])))
