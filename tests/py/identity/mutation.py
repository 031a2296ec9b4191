my_list1 = [1, 2, 3]
my_list2 = my_list1
my_list1[0] = 33
print(my_list2, my_list1 is my_list2)
l1 = [1, 2, 3]
l2 = [1, 2, 3]
l1[0] = 44
print(l2)
a = [1, 2]
b = a
a += [3]
print(b, a is b)
t = (1, 2)
u = t
t += (3,)
print(u, t is u)
s = "ab"
r = s
s += "c"
print(r, s is r)
x = 10
y = x
x += 1
print(y, x is y)
d = {}
e = d
d |= {"k": 1}
print(e, d is e)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid, grid[0] is grid[1])
