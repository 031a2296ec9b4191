import copy

class MyList(list):
    pass

m = MyList([1, [2]])
m.attr = "a"
c = copy.copy(m)
print(type(c).__name__, c, c.attr, c[1] is m[1])
d = copy.deepcopy(m)
print(type(d).__name__, d, d.attr, d[1] is m[1])

class MyDict(dict):
    pass

md = MyDict(a=[1])
mc = copy.copy(md)
print(type(mc).__name__, mc, mc["a"] is md["a"])
mdc = copy.deepcopy(md)
print(type(mdc).__name__, mdc, mdc["a"] is md["a"])

class MyInt(int):
    pass
i = MyInt(5)
ic = copy.copy(i)
print(type(ic).__name__, ic, ic is i)

s = {1, 2}
ds = copy.deepcopy(s)
print(ds == s, ds is s)
