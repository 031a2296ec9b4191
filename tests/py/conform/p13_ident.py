import sys
a = 256; b = 256; print(a is b)
a = 257; b = 257; print(a is b)
def mk(): return 257
print(mk() is mk())
x = int("257"); y = int("257"); print(x is y, x == y)
x = int("100"); y = int("100"); print(x is y)
print(-5 is -5, int("-5") is int("-5"), int("-6") is int("-6"))
s1 = "hello"; s2 = "hel" + "lo"; s3 = "".join(["hel", "lo"]); print(s1 is s2, s1 is s3, s1 == s3, sys.intern(s3) is s1)
s4 = "hello world"; s5 = "hello world"; print(s4 is s5)
s6 = "hello_world"; s7 = "hello" + "_world"; print(s6 is s7)
c1 = "a"; c2 = chr(97); print(c1 is c2, "" is str(), "abc"[0] is "a", "é" is chr(233))
t1 = (); t2 = tuple(); print(t1 is t2, (1,) is (1,), tuple([1, 2]) is tuple([1, 2]))
l1 = []; l2 = []; print(l1 is l2, l1 == l2, id(l1) == id(l2))
print(id([]) == id([]), id({}) == id({}), id(1.5) == id(1.5), id(object()) == id(object()))
f1 = 1.0; f2 = 1.0; print(f1 is f2)
f3 = float("1.0"); print(f1 is f3)
print(None is None, type(None)() is None, bool() is False, True is (1 == 1))
fs1 = frozenset(); fs2 = frozenset(); print(fs1 is fs2)
big = 10 ** 20; big2 = 10 ** 20; print(big is big2, big == big2)
n = 0
for i in range(300): n += 1
print(n is 300 if False else n == 300)
m = 10; m2 = 5 + 5; print(m is m2)
r = range(5); print(r is range(5), r == range(5))
print(1 == 1.0, 1 is 1.0 if False else "-", hash(1) == hash(1.0), {1: "a", 1.0: "b"}, {True: 1, 1: 2})
def show(v):
    return type(v).__name__, v
lst = [1, 2, 3]; alias = lst; alias.append(4); print(lst, lst is alias)
copy1 = lst[:]; copy1.append(5); print(lst, copy1)
tup = (lst, 1); tup[0].append(99); print(tup)
try:
    tup[0] += [100]
except TypeError as e:
    print(e)
print(tup)
s = "abc"; s2 = s; s += "d"; print(s, s2, s is s2)
mat = [[0] * 3] * 3; mat[0][0] = 1; print(mat)
mat = [[0] * 3 for _ in range(3)]; mat[0][0] = 1; print(mat)
def modify(L, N, S):
    L.append(1); N += 1; S += "x"; return N, S
L = []; N = 0; S = ""; print(modify(L, N, S), L, N, repr(S))
d = {}; d2 = d; d["k"] = 1; print(d2, d is d2)
d3 = dict(d); d3["j"] = 2; print(d, d3)
print(sys.getrefcount(lst) - 1)
nums = [1000, 1000]; print(nums[0] is nums[1])
nums2 = [1000, 999 + 1]; print(nums2[0] is nums2[1])
k = 999; nums3 = [1000, k + 1]; print(nums3[0] is nums3[1])
print((lambda: 1000)() is (lambda: 1000)())
