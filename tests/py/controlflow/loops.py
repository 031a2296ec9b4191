for i in range(3):
    if i == 5:
        break
else:
    print("for-else ran")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("n", n)
else:
    print("no else")
while False:
    pass
else:
    print("while-else")
x = 10
while x:
    x //= 2
print(x)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
first, *rest = [1, 2, 3]
*init, last = "abc"
a, *mid, z = range(5)
print(first, rest, init, last, a, mid, z)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
# chained comparisons
v = 5
print(1 < v < 10, 1 < v > 10, 1 < 2 < 3 < 4, (1 < 2) == True)
print(1 if v else 2, "yes" if not v else "no")
print(v and 0, v or 0, 0 or None, [] and 3)
# conditional expressions in loops with break in try
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("fin", i)
# nested loops with labels emulated
found = None
for i in range(3):
    for j in range(3):
        if i * j == 2:
            found = (i, j)
            break
    if found:
        break
print(found)
# augmented assignment on attributes and subscripts
class O: pass
o = O(); o.v = 1; o.v += 5
d = {"k": [1]}; d["k"] += [2]; d["k"][0] *= 10
lst = [1, 2]; lst[1] **= 3
print(o.v, d, lst)
s = "ab"; s *= 2; print(s)
i = 7; i <<= 2; i >>= 1; i |= 1; i &= 0xff; i ^= 3; i %= 10; i //= 2; print(i)
f = 2.0; f /= 4; f -= 1; print(f)
# del
del lst[0]; print(lst)
del d["k"]; print(d)
del o.v
try:
    o.v
except AttributeError as e:
    print(e)
zz = 1
del zz
try:
    zz
except NameError as e:
    print(e)
