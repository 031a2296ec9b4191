# PEP 442: __del__ runs once per object, even when the object lives on
import gc

class Node:
    count = {}
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Node.count[self.name] = Node.count.get(self.name, 0) + 1
        print("del", self.name, Node.count[self.name])

gc.disable()
a = Node("a")
a.self = a
del a
print(gc.collect())
print(gc.collect())

# resurrected in __del__, then dropped again: no second __del__
keep = []
class Phoenix(Node):
    def __del__(self):
        super().__del__()
        keep.append(self)

p = Phoenix("p")
p.self = p
del p
print(gc.collect())
print(len(keep), gc.is_finalized(keep[0]))
keep.clear()
print(gc.collect())
print(Node.count)

# refcount death: __del__ runs at once, once
n = Node("plain")
del n
print("after plain")
q = Phoenix("q")
del q
print("q resurrected", len(keep), gc.is_finalized(keep[0]))
keep.clear()
print("q gone", Node.count["q"])
