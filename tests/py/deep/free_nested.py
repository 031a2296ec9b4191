# Freeing structures nested deep (lists: a million) must not overflow the C stack.
x = []
for i in range(1000000):
    x = [x]
del x
print("freed nested lists")
d = {}
for i in range(300000):
    d = {"k": d}
del d
print("freed nested dicts")


class N:
    pass


n = None
for i in range(300000):
    m = N()
    m.next = n
    n = m
del n, m
print("freed chain of instances")
t = ()
for i in range(300000):
    t = (t,)
del t
print("freed nested tuples")
s = frozenset()
for i in range(100000):
    s = frozenset([s])
del s
print("freed nested frozensets")


class D:
    def __init__(self, name, child):
        self.name = name
        self.child = child

    def __del__(self):
        if self.name % 50000 == 0:
            print("del", self.name)


chain = None
for i in range(200001):
    chain = D(i, chain)
del chain
print("freed chain with finalizers")
