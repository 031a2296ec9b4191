# cycles, the collector, finalizers, weak references
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name)

a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
r = weakref.ref(a, lambda w: print("callback"))
del a, b
print("collected", gc.collect())
print(r())
l = []; l.append(l); del l
print(gc.collect())
cache = weakref.WeakValueDictionary()
n = Node("cached"); cache["k"] = n
print(len(cache)); del n; print(len(cache))
gc.callbacks.append(lambda phase, info: None)
objs = [[i] for i in range(300)]
print(len(objs), gc.get_count()[0] >= 0)
gc.callbacks.clear()
