# Dicts nested 500,000 deep (each a value of the next), a cycle through
# the innermost one, collected by gc.collect(); then the same freed by
# reference counting with a key table per level.
import gc

N = 500000
gc.disable()
inner = {}
d = inner
for i in range(N):
    d = {"k": d}
n = 0
e = d
while e:
    e = e["k"]
    n += 1
print("depth", n, e is inner)
print("collect while alive", gc.collect())
inner["back"] = d
del d, e, inner
print("collect the cycle", gc.collect())
d = {}
for i in range(N):
    d = {i: d, "i": i}
print(len(d), d["i"])
del d
print("freed by refcount", gc.collect())
gc.enable()
