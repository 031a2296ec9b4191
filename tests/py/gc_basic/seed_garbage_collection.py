import gc
import sys

# Reference counting frees an object the moment its last reference goes.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

t = Tracked("a")
u = t
del t
print("after del t")
del u
print("after del u")

t = Tracked("b")
t = Tracked("c")
print("rebound")
t = None

def scope():
    local = Tracked("local")
    print("leaving scope")

scope()
print("scope done")

gc.collect()
gc.disable()
x = Tracked("cycle-x")
y = Tracked("cycle-y")
x.other = y
y.other = x
del x, y
print("cycle unreachable, still alive")
found = gc.collect()
print("collected", found >= 2)
gc.enable()

a = []
a.append(a)
del a
print(gc.collect())

print(gc.isenabled(), len(gc.get_threshold()))
print(gc.is_tracked([]), gc.is_tracked(42), gc.is_tracked("s"))

keep = []
keep.append(keep)
print(gc.collect(), keep[0] is keep)
