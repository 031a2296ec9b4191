# CPython 3.11 keeps dead tuples of length 1..20 on free lists but takes
# back only lengths 1..19: a 20-tuple's memory stays on its list, so the
# next 20-tuple gets other memory (and counts as a GC allocation)
import gc
for n in (1, 2, 18, 19, 20, 21, 25):
    print(n, id(tuple(range(n))) == id(tuple(range(n))), id(tuple(range(n))) == id(tuple(range(1, n + 1))))
gc.disable()
warm = [gc.get_count() for i in range(5)]   # 3-tuples on their free list
del warm
for n in (1, 19, 20, 21):
    ts = [tuple(range(1000, 1000 + n)) for i in range(50)]
    del ts
    c0 = gc.get_count()[0]
    t = tuple(range(200, 200 + n))
    print(n, gc.get_count()[0] - c0)
gc.enable()
