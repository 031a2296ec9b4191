# getsizeof_code.py - sys.getsizeof of code and frame objects follows our bytecode.
#
# What differs: sys.getsizeof(code) is CPython's formula, 184 bytes plus
# len(co_code) rounded up to a word, but refpy's co_code is its own
# bytecode (4-byte units, no inline CACHE entries), so the length and the
# total differ from CPython's.  A frame's and a generator's size count
# co_stacksize, which our compiler computes for its own bytecode; they agree
# for simple code and may differ by a word or two elsewhere.
# Why: matching CPython's bytecode layout is not a goal (docs/internals).
# CPython 3.11 prints: 224 40 / 192 6 (refpy: 208 24 / 192 8)
import sys

def f():
    return sys._getframe()

print(sys.getsizeof(f.__code__), len(f.__code__.co_code))
lam = lambda: 0
print(sys.getsizeof(lam.__code__), len(lam.__code__.co_code))
