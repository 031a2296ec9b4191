x = 1.0
a = id(x + 0.5)
b = id(x + 1.5)
print(a == b)
l = [x + i for i in range(5)]
ids = [id(v) for v in l]
del l
m = [x * 2.0 for _ in range(5)]
print(sorted(ids) == sorted(id(v) for v in m))
def f():
    return 3.25 * x
print(id(f()) == id(f()))
