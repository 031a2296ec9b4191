# thresholds and counts
import gc

print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(50, 4, 3)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
# threshold 0: no automatic collection, even when enabled
gc.collect()
x = []
x.append(x)
del x
junk = [[] for i in range(2000)]
print(gc.collect())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

# a full collection resets every count
gc.collect()
print(gc.get_count()[1:], gc.get_count()[0] < 5)
# gen 0 collections count in gen 1, gen 1 collections in gen 2
gc.disable()
gc.collect()
for i in range(3):
    gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(1)
gc.collect(0)
print(gc.get_count()[1:])
gc.collect()
print(gc.get_count()[1:])

# allocations of tracked objects raise the gen-0 count, deallocations lower it
gc.collect()
c0 = gc.get_count()[0]
keep = [[] for i in range(100)]
c1 = gc.get_count()[0]
print(c1 - c0 >= 100, c1 - c0 < 110)
del keep
c2 = gc.get_count()[0]
print(c2 - c0 < 10)
# atoms do not count
c0 = gc.get_count()[0]
ints = list(range(1000, 1500))
strs = [str(i) for i in ints]
print(gc.get_count()[0] - c0 < 10)
del ints, strs

# automatic collection is driven by the counts
gc.enable()
gc.set_threshold(10)
class Node:
    pass
stats0 = gc.get_stats()[0]["collections"]
nodes = [Node() for i in range(200)]
print(gc.get_stats()[0]["collections"] > stats0)
gc.disable()
stats0 = gc.get_stats()[0]["collections"]
nodes2 = [Node() for i in range(200)]
print(gc.get_stats()[0]["collections"] == stats0)
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(700, 10, 10)
