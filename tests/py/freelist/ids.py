# free lists make ids reusable (LIFO), as in CPython
print(id([]) == id([]), id({}) == id({}), id((1, 2)) == id((3, 4)) if False else 'skip')
a = [1]
i = id(a)
del a
b = []
print(id(b) == i)
a = {}
i = id(a)
del a
b = {'x': 1}
print(id(b) == i)
x = 1000
t = (x, x + 1)
i = id(t)
del t
u = (x, x + 2)
print(id(u) == i)
t3 = (x, x, x)
i3 = id(t3)
del t3
t2 = (x, x)
print(id(t2) == i3)
l1 = [x]
l2 = [x]
i1, i2 = id(l1), id(l2)
del l1
del l2
m1 = [x]
m2 = [x]
print(id(m1) == i2, id(m2) == i1)
s = slice(x, x + 1)
i = id(s)
del s
print(id(slice(x, x + 2)) == i)
