# importing the usual modules leaves no cyclic garbage behind: a learner's
# first gc.collect() counts only the learner's own cycles
import gc
import copy, types
print(gc.collect())
import weakref, functools, collections, itertools, dataclasses, json
import random, string, enum, typing, abc, contextlib, operator, heapq, bisect
print(gc.collect())

class Pair:
    def __init__(self, n):
        self.n = n
        self.other = None

a = Pair(1); b = Pair(2)
a.other = b; b.other = a
t = copy.deepcopy(a)
print(t.other.other is t, t is not a)
del a, b, t
print(gc.collect())
print(gc.collect())
