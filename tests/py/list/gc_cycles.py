# the cycle collector finds cycles through containers (counts as CPython)
import gc
gc.collect()
gc.disable()
l = []
l.append(l)
del l
print(gc.collect())
l = []
d = {'l': l}
l.append(d)
del l, d
print(gc.collect())
t = ([],)
t[0].append(t)
del t
print(gc.collect())
s = set()
class Holder:
    pass
h = Holder()
h.s = s
s.add(h)
del s, h
print(gc.collect())
a = [1, 2]
b = [a]
a.append(b)
c = (a, b)
del a, b, c
print(gc.collect())
it = iter([])
lst = [it]
del it
print(gc.collect())
x = [[[]]]
x[0][0].append(x)
del x
print(gc.collect())
keep = []
keep.append(keep)
print(gc.collect(), len(keep))
d = {}
d[1] = d
e = d.copy()
del d
print(gc.collect(), len(e))
z = list(range(3))
z.append(z)
r = reversed(z)
del z
print(gc.collect())
del r
print(gc.collect())
gc.enable()
