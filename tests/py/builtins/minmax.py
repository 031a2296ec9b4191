print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"), min("b", "a"))
print(min([1, 2, 3], key=lambda x: -x), max(["aa", "b", "ccc"], key=len))
print(min([], default=None), max([], default="empty"), min([7], default=0))
print(max(1, 2, key=None), max([(1, "b"), (1, "a")]))
print(max([1, 1.0]), max([1.0, 1]), min([True, 1]), min([1, True]))
for args, kw in [((), {}), ((1,), {}), (([],), {}), ((1, 2), {"default": 0}), (([1],), {"bad": 1})]:
    try:
        max(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, "a")
except TypeError as e:
    print("TypeError:", e)
a = [3]
b = [3]
print(max(a, b) is a, min(a, b) is a)
def gen():
    yield 2
    yield 9
    yield 4
print(max(gen()), min(gen()))
