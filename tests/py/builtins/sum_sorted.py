print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 10))
print(sum([1, 2.5]), sum([2.5, 1]), sum([1, 2], start=0.5), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([True, True]), sum([2**62, 2**62, 2**62]), sum([-2**63, -1]))
print(sum(x * x for x in range(5)))
for args in [("ab",), (["a"], ""), ([b"a"], b""), ([bytearray()], bytearray())]:
    try:
        sum(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum()
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
empty = []
r = sum([[1], [2]], empty)
print(empty, r)
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(sorted({3: 0, 1: 0}), sorted([]), sorted((2, 1)))
data = [(1, "b"), (0, "a"), (1, "a")]
print(sorted(data, key=lambda t: t[0]))
l = [2, 1]
s = sorted(l)
print(s is l, l)
for args, kw in [((), {}), (([1], 1), {}), (([1],), {"x": 1}), (([1, "a"],), {})]:
    try:
        sorted(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
