import gc

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

gc.collect()
gc.disable()
a = Tracked("a")
b = Tracked("b")
a.peer = b
b.peer = a
del a, b
print("before collect")
n = gc.collect()
print("collected", n)
gc.enable()

t = Tracked("plain")
del t
print("after plain")

class Resurrect:
    saved = None
    def __del__(self):
        print("resurrecting")
        Resurrect.saved = self

r = Resurrect()
r.me = r
del r
print(gc.collect())
print(Resurrect.saved is not None, gc.is_finalized(Resurrect.saved))
Resurrect.saved.me = None
Resurrect.saved = None
print(gc.collect())
print("end")
