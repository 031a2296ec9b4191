import sys

x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
z = [x]
print(sys.getrefcount(x))
z.append(x)
print(sys.getrefcount(x))
z.pop()
print(sys.getrefcount(x))
z.clear()
print(sys.getrefcount(x))
