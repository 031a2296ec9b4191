# which list operations share and which copy
l = [1, 2, 3]
print(l[:] is l, l[:] == l, list(l) is l, l.copy() is l, l * 1 is l, l + [] is l)
m = l
m += [4]
print(m is l, l)
m *= 2
print(m is l, l)
m = m + [5]
print(m is l, len(l), len(m))
inner = [0]
grid = [inner] * 3
grid[0][0] = 1
print(grid, grid[1] is inner)
grid = [[0] for _ in range(3)]
grid[0][0] = 1
print(grid, grid[0] is grid[1])
nan = float('nan')
print(nan in [nan], [nan].index(nan), [nan].count(nan), [nan] == [nan], nan == nan)
x = []
print([x].index(x), [x] == [x], x in [[]])
t = (1, 2)
print(list(t) == [1, 2], list(t) is t)
def f(acc=[]):
    acc.append(len(acc))
    return acc
print(f(), f(), f() is f())
a = [1, 2]
b = [a, a]
b[0].append(3)
print(b)
import copy
c = copy.copy(b)
d = copy.deepcopy(b)
print(c[0] is a, d[0] is a, d[0] is d[1])
