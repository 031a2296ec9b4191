# set displays: a constant display is BUILD_SET + a frozenset constant
# (rebuilt by the compiler from its iteration order) + SET_UPDATE, which
# merges the table as is; {*s} merges a set or dict with one resize
import sys
g = sys.getsizeof
print({-1, -2, 100, 7}, {8, 16, 0, 24, 32}, {64, 1, 33, 9, 17, 25}, {"a", "b", "c"} == {"c", "b", "a"})
print({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {-5, -4, -3, -2, -1, 0}, {1.5, 2.5, -0.5}, {(1, 2), (3,), ()} == {(), (3,), (1, 2)})
print(g({1, 2, 3}), g({1, 2, 3, 4, 5}), g({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), g({*range(5)}), g({*range(50)}))
for n in [0, 1, 4, 5, 8, 9, 18, 19, 20, 40, 77, 78, 80, 160, 1000]:
    s = set(range(n))
    print(n, g({*s}), g({*s, -1}), g({-1, *s}), g({*frozenset(s)}), g({*dict.fromkeys(s)}), g({*list(s)}), g({*s, *s}), g({*tuple(s)}))
print({*{-1, -2, 100, 7}}, {*[-1, -2, 100, 7]}, {*frozenset([64, 1, 33, 9])}, {*dict.fromkeys([8, 16, 0])})
def f():
    return {3, 1, 2, 11, 19}, frozenset({3, 1, 2, 11, 19}), {3, 1, 2, 11, 19} | {27}
print(f())
print(f.__code__.co_consts)
x = 5
print({x, 13, 21}, {13, 21, x}, {29, x, 37, 45})
