import gc

print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()))
print(gc.is_tracked(42), gc.is_tracked("s"), gc.is_tracked(3.5), gc.is_tracked(None))
print(gc.is_tracked(()), gc.is_tracked((1, 2)))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C))
def f():
    pass
print(gc.is_tracked(f))
t = (1, 2, "x")
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
t2 = ([],)
gc.collect()
print(gc.is_tracked(t2))
d = {"a": 1, "b": "x"}
print(gc.is_tracked(d))
d["c"] = []
print(gc.is_tracked(d))
print(gc.is_finalized(C()), gc.is_finalized(5))
