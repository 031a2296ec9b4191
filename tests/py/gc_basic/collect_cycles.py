import gc

gc.collect()
a = []
a.append(a)
del a
print(gc.collect())

class Node:
    pass

x = Node()
y = Node()
x.other = y
y.other = x
del x, y
print(gc.collect())
print(gc.collect())

d = {}
d["self"] = d
del d
print(gc.collect())

keep = []
keep.append(keep)
print(gc.collect(), keep[0] is keep)
