# weak references to garbage are cleared before finalizers run; callbacks
# of live weakrefs run first, then __del__
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "ref alive:", wr() is not None)

gc.disable()
a = Node("a"); b = Node("b")
a.other = b; b.other = a
wr = weakref.ref(a, lambda r: print("callback, ref cleared:", r() is None))
del a, b
print("collecting")
print("collected", gc.collect())
print(wr())

# a weakref that is itself garbage: its callback does not run
class Holder:
    def __del__(self):
        print("del holder")
h = Holder()
h.me = h
h.ref = weakref.ref(h, lambda r: print("never printed"))
del h
print("collected", gc.collect())

# callbacks in reverse order of creation (the newest first)
class Plain:
    pass
p = Plain(); p.me = p
refs = [weakref.ref(p, lambda r, i=i: print("callback", i)) for i in range(3)]
del p
print("collected", gc.collect())

# refcount death: callback after __del__? (__del__ first, then callbacks)
class Fin:
    def __del__(self):
        print("del fin, ref alive:", fr() is not None)
f = Fin()
fr = weakref.ref(f, lambda r: print("fin callback"))
del f
print("after fin")

# weakref.finalize runs when the object dies in a cycle
class Obj:
    pass
o = Obj(); o.me = o
fz = weakref.finalize(o, print, "finalize ran")
del o
print(fz.alive)
print("collected", gc.collect() > 0)
print(fz.alive)
gc.enable()
