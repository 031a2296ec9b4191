import sys

def count(o):
    return sys.getrefcount(o)

def count_local(o):
    a = o
    b = o
    return sys.getrefcount(o)

x = object()
print(sys.getrefcount(x))
print(count(x))
print(count_local(x))
print(sys.getrefcount(x))

def keep(o, store=[]):
    store.append(o)

keep(x)
print(sys.getrefcount(x))
keep(x)
print(sys.getrefcount(x))
