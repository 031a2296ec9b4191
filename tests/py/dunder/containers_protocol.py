class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]

s = Seq(1, 2, 3)
print(len(s), s[0], s[-1], s[0:2], list(s), 2 in s, 5 in s, bool(s), bool(Seq()))
s[0] = 10
del s[1]
print(s.items, list(reversed(s)), sorted(s), sum(s), max(s))
for x in s:
    print("iter", x)

class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __contains__(self, k):
        print("contains", k)
        return k in self.d
    def __iter__(self):
        return iter(self.d)
m = Mapping()
m["a"] = 1
print(m["a"], "a" in m, "b" in m, list(m))
try:
    m["zz"]
except KeyError as e:
    print("KeyError", e)

class NoContains:
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print(e)

class BadLen:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
for v in (-1, "a", 2 ** 70, 1.5):
    try:
        len(BadLen(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(len(BadLen(True)))

class Missing(dict):
    def __missing__(self, key):
        return "missing " + key
print(Missing()["k"])

class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))

class Hint:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 2
print(list(Hint()))
import operator
print(operator.length_hint(Hint()), operator.length_hint(5), operator.length_hint([1, 2, 3]))
