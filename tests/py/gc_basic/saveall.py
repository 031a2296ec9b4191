import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = []
a.append(a)
del a
n = gc.collect()
print(n, len(gc.garbage), type(gc.garbage[0]).__name__)
print(gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
