it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
ci = iter(counter, 100)
print(type(ci).__name__, iter(ci) is ci)
print(list(enumerate("ab")), list(enumerate("ab", 5)), list(zip([1, 2], "xy")))
print(list(map(abs, [-1, -2])), list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])))
print(list(zip([1, 2], [3], strict=False)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(any([0, 0, 1]), any([]), all([1, 1]), all([]), all([1, 0]))
def g():
    yield 1
    raise StopIteration
try:
    print(list(g()))
except RuntimeError as e:
    print("RuntimeError:", e)
class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(Iter()), next(Iter(), "dflt"))
