# list basics: indexing, slicing, len, in, +, *, comparisons, repr
l = [10, 20, 30, 40, 50]
print(l[0], l[-1], l[2], l[-5])
print(l[1:3], l[:2], l[3:], l[-2:], l[:-2], l[::2], l[::-1], l[4:1:-1], l[1:100], l[100:], l[-100:2])
print(l[::3], l[-1::-2], l[5:0:-2], l[0:0], l[3:1])
print(len(l), len([]), 30 in l, 35 in l, 35 not in l)
print(l + [1], [1] * 3, 2 * [0, 1], [] * 5, [1, 2] * 0, [1] * -3)
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [[1]] == [[1]], [1, [2, 3]] < [1, [2, 4]])
print(repr([]), repr([1]), repr([1, 'a', None, 2.5, [3, (4,)]]), str([True]))
r = [1, 2]
r.append(r)
print(r, [r, r])
nested = [[]]
nested[0].append(nested)
print(nested)
nan = float('nan')
print(nan in [nan], [nan] == [nan], [nan] != [nan], [1.0] == [1], [0] == [False])
print(list(), list([1, 2]), list((3, 4)), list(range(3)), list('ab'), list({1: 'x', 2: 'y'}))
print(bool([]), bool([0]))
x = [1, 2, 3]
y = x
y[0] = 99
print(x, x is y, x == [99, 2, 3])
print([i * i for i in range(6) if i % 2 == 0])
a, *b = [1, 2, 3]
print(a, b)
print(max([3, 1, 2]), min([3, 1, 2]), sum([1, 2, 3]), sorted([3, 1, 2]))
