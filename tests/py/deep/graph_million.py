# A cyclic graph of 1,000,000 instances: a ring plus pseudo-random cross
# links (a fixed LCG, so the graph is the same everywhere), unreachable at
# once; gc.collect() finds exactly the million instances.
import gc


class V:
    def __init__(self, i):
        self.i = i
        self.next = None
        self.cross = None


N = 1000000
gc.disable()
nodes = [V(i) for i in range(N)]
for i in range(N):
    nodes[i].next = nodes[(i + 1) % N]
x = 12345
for i in range(0, N, 3):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    nodes[i].cross = nodes[x % N]
total = 0
v = nodes[0]
for i in range(N):
    total += v.i
    v = v.next
print(total == N * (N - 1) // 2, v is nodes[0])
del nodes, v
print("unreachable", gc.collect())
print("again", gc.collect())
gc.enable()
