import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "C(%d)" % self.n


objs = [C(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.n] = o
print(len(wvd), sorted(wvd.keys()))
del o
del objs[1:3]
print(len(wvd), sorted(wvd.keys()), 2 in wvd, wvd.get(2, "gone"))
print(wvd[0], sorted(v.n for v in wvd.values()))
try:
    wvd[1]
except KeyError as e:
    print("KeyError:", e)

keys = [C(i) for i in range(3)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 10
print(len(wkd), sorted(wkd.values()))
del k
keys.pop()
print(len(wkd), sorted(wkd.values()), keys[0] in wkd)

ws = weakref.WeakSet(keys)
print(len(ws), keys[0] in ws)
keys.clear()
print(len(ws), list(ws))

f_log = []
obj = C(99)
fin = weakref.finalize(obj, f_log.append, "done")
print(fin.alive, fin.peek()[0] is obj)
del obj
print(fin.alive, f_log)
obj2 = C(7)
fin2 = weakref.finalize(obj2, f_log.append, "explicit")
print(fin2(), fin2.alive, fin2(), f_log)
