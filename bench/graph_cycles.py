# Allocation-heavy: graphs with cycles built and dropped over and over,
# left to the automatic collector (thresholds 700, 10, 10).
import gc


class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []


def build(n, seed):
    vs = [Vertex(i) for i in range(n)]
    x = seed
    for v in vs:
        for k in range(3):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            v.edges.append(vs[x % n])
    for i in range(n):
        vs[i].edges.append(vs[i - 1])     # a ring: everything is in a cycle
    return vs[0]


def reach(root):
    seen = {id(root)}
    todo = [root]
    while todo:
        v = todo.pop()
        for w in v.edges:
            if id(w) not in seen:
                seen.add(id(w))
                todo.append(w)
    return len(seen)


total = 0
for round_ in range(12):
    root = build(20000, round_)
    total += reach(root)
    del root
print(total, gc.collect() >= 0)
