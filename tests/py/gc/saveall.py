# DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name
    def __del__(self):
        print("del", self.name)

gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = [1, 2]
l.append(l)
del l
print(gc.collect())
print(len(gc.garbage), gc.garbage[0][:2], gc.garbage[0][2] is gc.garbage[0])
a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
del a, b
print(gc.collect())
print(len(gc.garbage))
nodes = sorted([o for o in gc.garbage if isinstance(o, Node)], key=lambda n: n.name)
print(nodes, [gc.is_finalized(n) for n in nodes])
del nodes
print(gc.collect())
print(len(gc.garbage))
gc.set_debug(0)
for o in gc.garbage:
    if isinstance(o, Node):
        o.peer = None
gc.garbage.clear()
print("cleared")
print(gc.collect())
print(gc.garbage)
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug() == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.set_debug(0)
print("end")
