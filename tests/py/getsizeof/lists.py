import sys

print(sys.getsizeof([]))
print(sys.getsizeof([1]))
print(sys.getsizeof([1, 2, 3]))
l = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
print(sys.getsizeof(list(range(10))))
print(sys.getsizeof([0] * 10))
print(sys.getsizeof([x for x in range(10)]))
l = list(range(100))
del l[10:]
print(sys.getsizeof(l))
l.clear()
print(sys.getsizeof(l))
