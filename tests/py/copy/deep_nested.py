import copy

a = [[1, 2], {"k": [3]}, (4, [5])]
b = copy.deepcopy(a)
print(b == a, b is a)
print(b[0] is a[0], b[1] is a[1], b[1]["k"] is a[1]["k"])
print(b[2] is a[2], b[2][1] is a[2][1])
a[0].append(9)
a[1]["k"].append(9)
a[2][1].append(9)
print(a)
print(b)
