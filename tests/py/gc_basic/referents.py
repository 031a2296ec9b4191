import gc

a = [1, "two", (3,)]
r = gc.get_referents(a)
print(len(r), r[0] is a[0], r[1] is a[1])
d = {"k": "v"}
print(sorted(map(repr, gc.get_referents(d))))
print(gc.get_referents(1, "s"))
inner = []
outer = [inner]
holder = {"x": inner}
refs = gc.get_referrers(inner)
print(any(r is outer for r in refs), any(r is holder for r in refs))
objs = gc.get_objects()
print(type(objs).__name__, any(o is outer for o in objs), any(o is objs for o in objs))
print(all(gc.is_tracked(o) for o in gc.get_objects(0)))
