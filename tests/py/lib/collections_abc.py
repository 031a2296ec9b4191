from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Generator, Collection, Reversible)
import collections.abc
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Sequence), isinstance((), MutableSequence))
print(isinstance("s", Sequence), isinstance({1}, Set), isinstance(frozenset(), MutableSet), isinstance(len, Callable))
print(isinstance([], Hashable), isinstance((), Hashable), issubclass(dict, Sized), issubclass(list, Container))
def g():
    yield 1
print(isinstance(g(), Generator), isinstance(range(3), Sequence), isinstance({}.keys(), Set), issubclass(list, Reversible))
class MyIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(MyIter(), Iterator), issubclass(MyIter, Iterable), issubclass(MyIter, Collection))
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), len(s))
class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r.update({"a": 1}, b=2)
r.setdefault("c", 3)
print(sorted(r.items()), r.get("z", 0), "a" in r, r.pop("a"), len(r), r == {"b": 2, "c": 3}, list(r.keys()))
try:
    Sequence()
except TypeError as e:
    print("TypeError:", e)
class Bag(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)
b = Bag([1, 2, 3])
print(sorted(b & {2, 3, 4}), sorted(b | {9}), sorted(b - {1}), b <= {1, 2, 3, 4}, b == {1, 2, 3})
b |= {7}
print(sorted(b), Iterable.__module__, repr(Mapping))
