# A cyclic graph of 1,000,000 instances: a ring plus pseudo-random cross
# links (a fixed LCG, so the graph is the same everywhere), unreachable at
# once; gc.collect() finds exactly the million instances.
import gc


class V:
    pass


N = 1000000
gc.disable()
nodes = [V() for i in range(N)]
prev = nodes[-1]
for v in nodes:
    v.next = prev           # the ring (backwards)
    prev = v
x = 12345
for i in range(0, N, 3):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    nodes[i].cross = nodes[x % N]
steps = 0
v = nodes[0].next
while v is not nodes[0]:
    v = v.next
    steps += 1
print(steps + 1 == N)
del nodes, v, prev
print("unreachable", gc.collect())
print("again", gc.collect())
gc.enable()
