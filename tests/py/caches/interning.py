import sys

a = "chai"
b = "chai"
print(a is b)
c = "hello world"
d = "hello world"
print(c is d)
built = "".join(["ch", "ai"])
print(built == a, built is a)
print(sys.intern(built) is a)
x = "".join(["zz", "top", "1"])
y = "".join(["zz", "top", "1"])
print(x is y, sys.intern(x) is sys.intern(y))
print(sys.intern(x) is x)
def name_of():
    return "chai"
print(name_of() is a)
class K:
    chai = 1
print(list(vars(K))[1] if False else [k for k in vars(K) if k == "chai"][0] is a)
print(getattr(K, built) == 1)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError:", e)
key = "".join(["dyn", "key"])
dd = {key: 1}
print([k for k in dd][0] is key)
