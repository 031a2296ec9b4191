a = 1000
b = 1000
print(a is b)
f1 = 3.14
f2 = 3.14
print(f1 is f2)
print(float("3.14") is float("3.14"))
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)
def f():
    return 1000
print(f() is a)
def g():
    x = 12345
    y = 12345
    return x is y
print(g())
big1 = 2 ** 100
big2 = 2 ** 100
print(big1 is big2)
s1 = "a" * 10
s2 = "a" * 10
print(s1 is s2)
s3 = "a" * 5000
s4 = "a" * 5000
print(s3 is s4)
