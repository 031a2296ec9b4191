# gc.get_stats(): collections / collected / uncollectable per generation
import gc

gc.disable()
gc.collect()
before = gc.get_stats()
print(len(before), [sorted(d) for d in before])
a = []; a.append(a)
b = []; b.append(b)
del a, b
print(gc.collect(0))
c = {}; c["c"] = c
del c
print(gc.collect(1))
print(gc.collect(2))
after = gc.get_stats()
for i in range(3):
    print(i, after[i]["collections"] - before[i]["collections"],
          after[i]["collected"] - before[i]["collected"],
          after[i]["uncollectable"] - before[i]["uncollectable"])
print(type(after), type(after[0]), after is gc.get_stats())
