import sys
a = 3
b = 3
print(a is b)
a = "chai"
c = "chai"
print(a is c)
a = 3.14
x = sys.getrefcount(a)
print(x >= 2)
s1 = "masala chai"
s2 = "masala chai"
print(s1 == s2)
n1 = 10 ** 3
n2 = 10 ** 3
print(n1 == n2)
