import sys

a = sys.intern("".join(["x", "y", "z"]))
b = sys.intern("".join(["x", "y", "z"]))
print(a is b, a == "xyz")
c = "".join(["x", "y", "z"])
print(c is a, sys.intern(c) is a)
print(sys.intern("xyz") is a)
print(sys.getrefcount(sys.intern("".join(["q", "r"]))))
