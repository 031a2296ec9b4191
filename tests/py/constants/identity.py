a = 1000
b = 1000
print(a is b)
def f():
    return 1000
print(f() is a)
c = 2 ** 10
print(c, c is 1024 if False else c == 1024)
s1 = "hello world"
s2 = "hello world"
print(s1 is s2)
def g():
    return "hello world"
print(g() is s1)
t1 = (1, 2, (3, 4))
t2 = (1, 2, (3, 4))
print(t1 is t2)
def h():
    return (1, 2, (3, 4))
print(h() is t1)
print(-5 is -5, -1000 == -1000)
x = -1000
y = -1000
print(x is y)
print(f.__code__.co_consts)
def k():
    """doc"""
    return 12.5
print(k.__code__.co_consts, k.__doc__)
lam = lambda: 7
print(lam.__code__.co_consts)
print("ab" * 3, ("a" * 5000) is ("a" * 5000))
def big():
    return 2 ** 200
print(big.__code__.co_consts)
def folded():
    return 3 * 4 + 1, not 0, -(-3), ~5, "x" "y", 10 // 3, 7 % 3, 1 << 3
print(folded.__code__.co_consts)
def intern_check():
    return "chai_latte", "not an identifier"
u, v = intern_check()
import sys
print(sys.intern("chai_latte") is u)
print(0.0 is 0.0, 1.5 is 1.5)
def neg_zero():
    return 0.0, -0.0
print(neg_zero())
print(__debug__)
