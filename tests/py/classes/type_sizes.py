import sys
class Q: pass
class S: __slots__=()
class M(type): pass
f=type.__sizeof__
print(f(Q), f(S), f(M), f(int), sys.getsizeof(int), sys.getsizeof(Q), f(M("X",(),{})))
