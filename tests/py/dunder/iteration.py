class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(3)), sum(Count(4)))
c = Count(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", repr(e))

class BadIter:
    def __iter__(self):
        return 1
for bad in (lambda: iter(BadIter()), lambda: iter(5), lambda: next([1]), lambda: list(BadIter())):
    try:
        bad()
    except TypeError as e:
        print(e)

class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(GetItemOnly()), type(iter(GetItemOnly())).__name__)

class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(e)

def gen():
    yield 1
    yield 2
print(list(gen()))
it = iter([1, 2, 3])
print(next(it), list(it))
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
