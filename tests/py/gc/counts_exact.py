# gc.get_count() after allocations: generation 0 counts GC allocations
# minus GC deallocations since the last collection (objects taken from or
# given to a free list do not count).  Each step starts from a collection
# and a first reading, so the free lists involved are in a known state.
import gc
gc.disable()
print("warm-up")
[1][:]

steps = [
    ("two lists and a dict", "a = []; b = []; c = {}"),
    ("list comprehension of 10 lists", "d = [[] for i in range(10)]"),
    ("tuple() and a tuple of lists", "t = tuple([1, 2]); u = ([], [])"),
    ("class statement", "class C: pass"),
    ("two instances", "x = C(); y = C()"),
    ("set and frozenset", "s = {1, 2}; fs = frozenset([1])"),
    ("def", "def f(): pass"),
    ("call", "f()"),
    ("list copies", "e = [1, 2, 3]; e2 = e[:]; e3 = e + e"),
    ("dict copy", "k = {'a': 1}; k2 = dict(k)"),
    ("generator expression", "g = (i for i in range(3))"),
    ("list(range)", "lst = list(range(5))"),
    ("instance __dict__", "z = x.__dict__"),
    ("del list of lists", "del d"),
    ("atoms", "n = 10 ** 30; st = 'abc' * 5; fl = 1.5 * 3"),
    ("cycle", "cy = []; cy.append(cy); del cy"),
]
ns = {}
for label, stmt in steps:
    code = compile(stmt, label, "exec")
    gc.collect()
    gc.get_count()
    before = gc.get_count()[0]
    exec(code, ns)
    after = gc.get_count()[0]
    print(label, after - before)
