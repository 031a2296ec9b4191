import sys
# identifier-like constants are interned; equal built strings are not the same object
s1 = "chai"
s2 = "chai"
print(s1 is s2)
built = "".join(["ch", "ai"])
print(built == s1, built is s1)
print(sys.intern(built) is s1)
# strings that are not identifier-like are not interned by the compiler ...
a = "hello world!"
b = "".join(["hello ", "world!"])
print(a == b, a is b, sys.intern(b) is b)
# ... but sys.intern interns anything
c = sys.intern("hello" + " " + "there!")
d = sys.intern("".join(["hello ", "there!"]))
print(c is d)
# names used as attributes and keywords are interned too
class K:
    some_attribute = 1
print("some_attribute" in vars(K))
key = "".join(["some_", "attribute"])
print(sys.intern(key) is [k for k in vars(K) if k == "some_attribute"][0])
def f(**kw):
    return [k for k in kw][0]
print(sys.intern("".join(["kwarg_", "name"])) is f(kwarg_name=1))
# getrefcount: the intern table does not own a reference (mortal, as 3.11)
x = sys.intern("".join(["uniq", "ue_name_123"]))
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
# an interned string dies when unused, and a new one is interned in its place
z = sys.intern("".join(["temp", "orary_xyz"]))
zid = id(z)
del z
w = "".join(["temp", "orary_xyz"])
print(sys.intern(w) is w)
class S(str):
    pass
for bad in [lambda: sys.intern(S("x")), lambda: sys.intern(1), lambda: sys.intern()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
