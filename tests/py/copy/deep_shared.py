import copy

inner = [1]
outer = [inner, inner, {"x": inner}, (inner,)]
c = copy.deepcopy(outer)
print(c[0] is c[1], c[0] is c[2]["x"], c[0] is c[3][0], c[0] is inner)

d = {}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd is d)

l = []
t = (l,)
l.append(t)
lc = copy.deepcopy(l)
print(lc[0][0] is lc, lc is l, type(lc[0]).__name__)
tc = copy.deepcopy(t)
print(tc[0][0] is tc, tc is t)
