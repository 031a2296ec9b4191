print(id([]) == id([]))
print(id({}) == id({}))
print(id(1.5 + 0.1) == id(2.5 + 0.1))
a = []
b = []
print(id(a) == id(b))
x = float("1.25")
ix = id(x)
del x
y = float("2.25")
print(id(y) == ix)
t = tuple([1, 2])
it = id(t)
del t
u = tuple([3, 4])
print(id(u) == it)
class C:
    pass
print(id(C()) == id(C()))
