import sys

# list growth as CPython 3.11's list_resize
l = [1, 2, 3]
print(sys.getsizeof(l))
l.append(4)
print(sys.getsizeof(l))
l.extend(range(10))
print(sys.getsizeof(l))
l2 = l[:]
print(sys.getsizeof(l2))
l3 = l + l
print(sys.getsizeof(l3))
l.pop()
print(sys.getsizeof(l))
while len(l) > 2:
    l.pop()
print(sys.getsizeof(l))
d = dict.fromkeys(range(100))
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
