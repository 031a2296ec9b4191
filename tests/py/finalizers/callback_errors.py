# errors in weakref callbacks and finalize() callbacks during a collection
# are printed as unraisable and the collection goes on
import gc
import weakref
from capture import Capture

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def bad_callback(ref):
    raise RuntimeError("callback failed")

gc.disable()
with Capture() as cap:
    a = Node("a"); a.me = a
    r = weakref.ref(a, bad_callback)
    del a
    print("collected", gc.collect())
cap.show()

with Capture() as cap:
    b = Node("b"); b.me = b
    fin = weakref.finalize(b, lambda: 1 / 0)
    del b
    print("collected", gc.collect() > 0)
    print("alive", fin.alive)
# (the frames inside the weakref module differ: only the ends are compared)
print(cap.lines()[0])
print(cap.lines()[-1])

# a callback that raises during refcount death
with Capture() as cap:
    c = Node("c")
    r2 = weakref.ref(c, bad_callback)
    del c
    print("after c")
cap.show()

# a __del__ that raises inside a cycle with a weakref callback
class Both:
    def __del__(self):
        raise KeyError("in del")
with Capture() as cap:
    d = Both(); d.me = d
    r3 = weakref.ref(d, lambda ref: print("callback for d"))
    del d
    print("collected", gc.collect())
cap.show()
gc.enable()
