import gc
import weakref


class D:
    def __del__(self):
        print("__del__: weakref already cleared:", wd() is None)


gc.collect()
d = D()
d.self = d
wd = weakref.ref(d, lambda w: print("callback: dead", w() is None))
del d
print("collected", gc.collect())


class Node:
    pass


# a weakref inside the garbage: its callback must not run
a = Node()
b = Node()
a.b = b
b.a = a
a.w = weakref.ref(b, lambda w: print("must not run"))
del a, b
print("collected", gc.collect())

# a reachable weakref to garbage: the callback runs
x = Node()
x.me = x
keep = weakref.ref(x, lambda w: print("reachable callback runs"))
del x
print("collected", gc.collect())
print(keep())
