# 3.11's untracking rules after collections of each generation: tuples of
# atoms (cascading in list order), dicts only on a full collection, and
# the order between the two (tuples first, then dicts).
import gc


def state(objs):
    return [gc.is_tracked(o) for o in objs]


def make():
    d = {"a": 1}             # dict of atoms, tracked because built with []
    d["l"] = []
    del d["l"]
    t_of_d = (d,)             # tuple holding a dict
    inner = (1, 2)
    t_of_t = (inner, "x")     # tuple holding a tuple of atoms
    outer = ((inner,),)       # nested deeper
    t_first = (3, 4)
    t_later = (t_first,)
    d2 = {"t": (5, 6)}       # dict holding a tuple of atoms
    return [d, t_of_d, inner, t_of_t, outer, t_first, t_later, d2]


for gen in (0, 1, 2):
    objs = make()
    print(gen, "before", state(objs))
    gc.collect(gen)
    print(gen, "after", state(objs))
    gc.collect(gen)
    print(gen, "again", state(objs))
    gc.collect(2)
    print(gen, "full", state(objs))
print(len(gc.get_objects(2)) > 0, gc.get_count()[0] < 700)
