# dict equality
print({} == {}, {1: 1} == {1: 1.0}, {1: 1} == {1: True}, {'a': [1]} == {'a': [1]}, {1: 2} != {2: 1})
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __hash__(self):
        return 1
a = {Eq(1): 'x', Eq(2): 'y'}
b = {Eq(2): 'y', Eq(1): 'x'}
print(a == b)
print({1: Eq(5)} == {1: Eq(5)})
print({1: 2}.__eq__([]), {1: 2}.__ne__({1: 2}), {1: 2}.__lt__({}))
