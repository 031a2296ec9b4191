# gc.collect() on a heap of 1,000,000 tracked objects: the heap is built
# once (lists, instances, dicts, tuples holding containers), then full
# collections run over it; the collection time dominates.
import gc


class Node:
    def __init__(self, i, link):
        self.i = i
        self.link = link


def build(n):
    keep = []
    prev = None
    for i in range(n // 4):
        node = Node(i, prev)            # an instance
        keep.append([node, (prev, i)])  # a list and a tuple holding containers
        keep.append({"n": node})        # a dict with a container value
        prev = node
    return keep


gc.disable()
heap = build(1000000)
found = 0
for i in range(5):
    found += gc.collect()
print(len(heap), found)
del heap
print(gc.collect())
