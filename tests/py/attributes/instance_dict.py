class C:
    pass

c = C()
c.a = 1
c.b = 2
del c.a
c.a = 3
print(c.__dict__)
d = c.__dict__
c.z = 5
print(d, vars(c) is d)
d["w"] = 9
print(c.w)
c.__dict__ = {"q": 1}
print(c.q, d, hasattr(c, "a"))
try:
    c.__dict__ = 1
except TypeError as e:
    print(e)
del c.__dict__
print(c.__dict__)

objs = [C() for i in range(3)]
for i, o in enumerate(objs):
    o.x = i
    if i == 1:
        o.y = "only one"
print([o.__dict__ for o in objs])

many = C()
for i in range(40):
    setattr(many, "attr%d" % i, i)
print(len(many.__dict__), many.attr39)
setattr(many, "not an identifier", 1)
print(getattr(many, "not an identifier"))

class K: pass
k = K()
k.__dict__["direct"] = 1
print(k.direct)

e = C()
print(e.__dict__, vars(e))
import sys
print(sys.getsizeof(C()) == sys.getsizeof(many))
