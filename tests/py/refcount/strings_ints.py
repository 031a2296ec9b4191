import sys

s = "".join(["ab", "cd", "ef"])
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
n = int("1" * 30)
print(sys.getrefcount(n))
m = n
print(sys.getrefcount(n))
f = float("2.5")
print(sys.getrefcount(f))
b = bytes(range(5))
print(sys.getrefcount(b))
