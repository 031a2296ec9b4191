# iter() on sequences with only __getitem__, and iter(callable, sentinel)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
s = Seq()
it = iter(s)
print(type(it).__name__, list(it), list(it), list(s), 20 in s, 25 in s)
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
class WithLen(Seq):
    def __len__(self):
        return 3
it = iter(WithLen())
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(reversed(WithLen())))
counter = iter([1, 2, 3, 4])
print(list(iter(counter.__next__, 3)))
calls = []
def f():
    calls.append(1)
    return len(calls)
ci = iter(f, 4)
print(type(ci).__name__, list(ci), list(ci), len(calls))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
class Err:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Err())
except KeyError as e:
    print("KeyError", e)
try:
    iter(1)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Eq:
    def __eq__(self, other):
        print("eq called with", other)
        return other == 2
print(list(iter(iter([1, 2, 3]).__next__, Eq())))
