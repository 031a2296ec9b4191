# DEBUG_COLLECTABLE: one "gc: collectable <type address>" line per object found
import gc, sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

class Node:
    pass

def collect_lines():
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    try:
        n = gc.collect()
    finally:
        sys.stderr = old
    lines = "".join(cap.parts).splitlines()
    out = []
    for line in lines:
        head, _, addr = line.rpartition(" ")
        print(line.startswith("gc: collectable <"), addr.startswith("0x"), addr.endswith(">"))
        out.append(head)
    return n, sorted(out)

gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
x = []
x.append(x)
del x
print(collect_lines())
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print(collect_lines())
t = [1, 2]
t.append((t,))
del t
print(collect_lines())
gc.set_debug(0)
print(collect_lines())
