# GC tracking of dicts (3.11's rules)
import gc
print(gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({'a': None}), gc.is_tracked({1: []}), gc.is_tracked({(): 1}))
d = {}
d[1] = 'a'
print(gc.is_tracked(d))
d[2] = []
print(gc.is_tracked(d))
d[2] = 0
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
t = {1: (1, 2)}
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
c = {1: []}.copy()
print(gc.is_tracked(c), gc.is_tracked({1: 2}.copy()), gc.is_tracked(dict({1: []})), gc.is_tracked(dict(a=1)))
class C:
    pass
print(gc.is_tracked(C().__dict__))
o = C()
o.a = 1
print(gc.is_tracked(o.__dict__))
o2 = C()
o2.a = []
print(gc.is_tracked(o2.__dict__))
