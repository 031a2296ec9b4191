import copy
import sys

x = [1, 2]
before = sys.getrefcount(x)
memo = {}
y = copy.deepcopy(x, memo)
print(sys.getrefcount(x) - before)
del memo
print(sys.getrefcount(x) - before)
z = copy.deepcopy(x)
print(sys.getrefcount(x) - before)
s = copy.copy(x)
print(sys.getrefcount(x) - before)
print(sys.getrefcount(x[0]) == sys.getrefcount(s[0]))
