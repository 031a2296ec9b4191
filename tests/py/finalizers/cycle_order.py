# the order of __del__ calls in a collected cycle: the order in which the
# objects were created (tracked)
import gc

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "sees", [getattr(x, "name", "?") for x in self.refs])

gc.disable()
nodes = [N(str(i)) for i in range(6)]
for i, n in enumerate(nodes):
    n.refs = [nodes[(i + 1) % 6], nodes[(i + 3) % 6]]
del n
nodes.clear()
print("collected", gc.collect())

# every finalizer runs before anything is cleared
class P:
    def __init__(self, name, d):
        self.name = name
        self.d = d
    def __del__(self):
        print("del", self.name, sorted(self.d))
shared = {}
x = P("x", shared); y = P("y", shared)
shared["x"] = x; shared["y"] = y
del x, y, shared
print("collected", gc.collect())

# a list subclass with __del__ in a cycle
class L(list):
    def __del__(self):
        print("del L", len(self))
l = L([1, 2])
l.append(l)
del l
print("collected", gc.collect())

# a cycle through a dict, a tuple and a function
class F:
    def __del__(self):
        print("del F")
f = F()
def g():
    return f
f.t = (g, {"f": f})
del f
print("collected", gc.collect() >= 3)
gc.enable()
