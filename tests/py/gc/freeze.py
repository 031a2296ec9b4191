# gc.freeze / unfreeze / get_freeze_count
import gc

class Node:
    def __del__(self):
        print("del", self.name)

gc.disable()
gc.collect()
print(gc.get_freeze_count())
a = Node(); a.name = "a"; a.me = a
del a
gc.freeze()
n = gc.get_freeze_count()
print(n > 0)
print(gc.collect())
print(gc.get_count()[1:])
print(len(gc.get_objects()) < n)
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
gc.freeze()
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
gc.enable()
