# gc.garbage left non-empty at exit: with DEBUG_UNCOLLECTABLE (and no
# DEBUG_SAVEALL) its repr goes to stderr at shutdown
import gc

gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
l = [1]
l.append(l)
del l
print(gc.collect())
print(gc.garbage)
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print("end")
