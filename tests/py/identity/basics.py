m = [1, 2, 3]
n = m
print(m == n, m is n)
m = [1, 2, 3]
n = [1, 2, 3]
print(m == n, m is n, m is not n)
x = None
print(x is None, x == None)
print(id(m) == id(m), id(m) != id(n))
a = b = c = {}
print(a is b is c, len({id(a), id(b), id(c)}))
def same(o):
    return o
print(same(m) is m)
t = (m, n)
print(t[0] is m, t[1] is n)
print([m][0] is m, {"k": m}["k"] is m)
