# A list nested 1,000,000 deep: built, walked, collected while alive (the
# collector must not recurse), closed into one big cycle and freed by
# gc.collect() (tp_clear, then a deallocation chain a million long).
import gc

N = 1000000
gc.disable()
inner = []
x = inner
for i in range(N):
    x = [x]
depth = 0
y = x
while y:
    y = y[0]
    depth += 1
print("depth", depth, y is inner)
print("collect while alive", gc.collect())
print(gc.is_tracked(x), len(gc.get_referents(x)), gc.get_referents(x)[0] is x[0])
inner.append(x)            # the innermost list now holds the outermost
del x, y, inner
print("collect the cycle", gc.collect())
print("again", gc.collect())
# and once more without the collector: plain reference counting
x = []
for i in range(N):
    x = [x, i]
del x
print("freed by refcount")
gc.enable()
