# Deep chains that alternate container kinds (list, dict, tuple, instance,
# set-of-frozenset, cell through a closure), kept alive, then put in a
# cycle and collected; counts as CPython 3.11 reports them.
import gc


class Box:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class Obj:
    def __init__(self, v):
        self.v = v


def make(n):
    head = []
    cur = head
    for i in range(n):
        k = i % 5
        if k == 0:
            cur = [cur]
        elif k == 1:
            cur = {"v": cur}
        elif k == 2:
            cur = (cur, None)
        elif k == 3:
            cur = Box(cur)
        else:
            cur = Obj(cur)
    return head, cur


gc.disable()
head, top = make(200000)
print(gc.collect())
head.append(top)
del head, top
print(gc.collect())


def closure_chain(n):
    f = None
    for i in range(n):
        def g(f=f):
            return f
        f = g
    return f


f = closure_chain(100000)
print(f() is not None)
del f
print(gc.collect())
# a deep chain whose every level is also in a small cycle
prev = None
for i in range(100000):
    o = Obj(prev)
    o.me = o
    prev = o
del o, prev
print(gc.collect())
gc.enable()
