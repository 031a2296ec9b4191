# 3.11's tracking rules, seen through gc.is_tracked
import gc

gc.disable()
print("atoms", [gc.is_tracked(o) for o in (1, 2**100, 1.5, 1j, "s", b"b", None, True, Ellipsis, range(3), slice(1, 2))])
print("empty", gc.is_tracked(()), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()), gc.is_tracked(frozenset()))

# tuples start tracked and are untracked by a collection when they hold atoms only
t1 = (1, "a", 2.5)
t2 = (1, [])
t3 = (tuple([1, 2]), tuple([3, 4]))
t4 = (1, (2, []))
t5 = tuple([1, 2, 3])
print("tuples", gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3), gc.is_tracked(t4), gc.is_tracked(t5))
gc.collect()
print("tuples after", gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3), gc.is_tracked(t4), gc.is_tracked(t5))
t6 = (1, 2)
gc.collect(0)
print("gen0 untracks too", gc.is_tracked(t6))
t7 = t6 + (3,)
print("concat", gc.is_tracked(t7))
t8 = (t6, t7)
gc.collect()
print("nested", gc.is_tracked(t8), gc.is_tracked(t6))
x = []
t9 = (x,)
gc.collect()
print("holds a list", gc.is_tracked(t9))
del x[:]
gc.collect()
print("still a list", gc.is_tracked(t9))

# dicts start untracked and are tracked on the first container key or value
d = {}
print("dict", gc.is_tracked(d))
d["a"] = 1
d["b"] = "x"
d[(1, 2)] = 3.0
print("atoms", gc.is_tracked(d))
d["c"] = []
print("list value", gc.is_tracked(d))
del d["c"]
print("after del", gc.is_tracked(d))
gc.collect(0)
print("after gen0", gc.is_tracked(d))
gc.collect()
print("after full", gc.is_tracked(d))
d2 = {"a": (1, 2)}
print("tuple value", gc.is_tracked(d2))
d3 = {"a": {}}
print("dict value", gc.is_tracked(d3))
d4 = dict(a=1, b=2)
print("dict()", gc.is_tracked(d4))
d5 = dict(a=[1])
print("dict(list)", gc.is_tracked(d5))
d6 = {i: i for i in range(10)}
print("comprehension", gc.is_tracked(d6))
d7 = {i: [i] for i in range(3)}
print("comprehension of lists", gc.is_tracked(d7))
d8 = dict.fromkeys("abc")
print("fromkeys", gc.is_tracked(d8))
d9 = {}
d9.setdefault("k", [])
print("setdefault", gc.is_tracked(d9))
d10 = {}
d10.update({"k": []})
print("update", gc.is_tracked(d10))
d11 = {"a": 1}
d11.update(b=[2])
print("update kw", gc.is_tracked(d11))
print("copy", gc.is_tracked(d.copy()), gc.is_tracked(d2.copy()), gc.is_tracked(d4.copy()))
print("class dict", gc.is_tracked(type("T", (), {})))

class C:
    pass
c = C()
print("instance", gc.is_tracked(c))
print("functions", gc.is_tracked(len), gc.is_tracked(lambda: 0), gc.is_tracked(C), gc.is_tracked(int))
def gen():
    yield 1
g = gen()
print("generator", gc.is_tracked(g))
print("iterators", gc.is_tracked(iter([])), gc.is_tracked(iter(())), gc.is_tracked(iter("ab")))
print("sets", gc.is_tracked({1, 2}), gc.is_tracked(frozenset({1})))
print("bytearray", gc.is_tracked(bytearray(b"x")))
print("module", gc.is_tracked(gc))
print("bound method", gc.is_tracked(c.__init__), gc.is_tracked([].append))
gc.enable()
