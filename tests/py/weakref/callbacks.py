import weakref


class C:
    pass


c = C()
log = []
r1 = weakref.ref(c, lambda w: log.append("first"))
r2 = weakref.ref(c, lambda w: log.append("second"))
r3 = weakref.ref(c, lambda w: log.append("third"))
basic = weakref.ref(c)
refs = weakref.getweakrefs(c)
print(refs[0] is basic, refs[1] is r3, refs[2] is r2, refs[3] is r1)
del c
print(log)


def cb(w):
    print("callback sees the dead ref:", w() is None, w is holder[0])


d = C()
holder = [weakref.ref(d, cb)]
print("deleting")
del d
print("deleted")

# a callback that raises is reported, not propagated
e = C()
bad = weakref.ref(e, lambda w: 1 / 0)
del e
print("after bad callback")

# the callback is not called when the weakref dies first
f = C()
w = weakref.ref(f, lambda w: print("never"))
del w
del f
print("no callback")
