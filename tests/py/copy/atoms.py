import copy

def f():
    pass

class C:
    pass

atoms = [None, 1, 2**100, 3.5, True, "s", b"b", range(3), len, f, C, int,
         type, Ellipsis, NotImplemented, property()]
for a in atoms:
    print(type(a).__name__, copy.copy(a) is a, copy.deepcopy(a) is a)
fs = frozenset([1, 2])
dfs = copy.deepcopy(fs)
print(dfs == fs, dfs is fs)
sl = slice(1, 2)
dsl = copy.deepcopy(sl)
print(dsl == sl, dsl is sl)
print(copy.deepcopy((1, "a", 2.0)) is not None)
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t)
