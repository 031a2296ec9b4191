# gc.get_referrers / gc.get_referents
import gc

class Box:
    def __init__(self, v):
        self.v = v

target = ["target"]
holder_list = [target, target]
holder_dict = {"k": target}
holder_tuple = (target, 1)
box = Box(target)
refs = gc.get_referrers(target)
print(any(r is holder_list for r in refs), any(r is holder_dict for r in refs),
      any(r is holder_tuple for r in refs))
print(sum(1 for r in refs if r is holder_list))
# the instance refers to it through its attributes
print(any(isinstance(r, dict) and r.get("v") is target for r in refs) or any(r is box for r in refs))
print(gc.get_referrers() == [])
print(len(gc.get_referrers(object())))

print(gc.get_referents([1, "a", None]))
print(sorted(gc.get_referents({"a": 1, "b": 2}), key=str))
print(gc.get_referents((1, 2), [3]))
print(gc.get_referents(1, "s", 2.5, None))
print(gc.get_referents())
l = [[]]
print(gc.get_referents(l)[0] is l[0])
s = {1, 2, 3}
print(sorted(gc.get_referents(s)))
fs = frozenset([4, 5])
print(sorted(gc.get_referents(fs)))
def f(a, b=5):
    return a
print(any(r is f.__code__ for r in gc.get_referents(f)), any(r is f.__globals__ for r in gc.get_referents(f)))
print(any(r is Box for r in gc.get_referents(box)))
cell_owner = (lambda: target)
print(type(gc.get_referents(cell_owner.__closure__ or (1,))[0]).__name__)
