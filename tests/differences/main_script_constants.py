# A constant tuple of tuples in the main script is untracked by the first
# collection in CPython, by the second in refpy.
#
# CPython 3.11 keeps the parser's arena alive while the __main__ script
# runs (pyrun_file frees it after run_mod); the arena's object list (a
# tracked list, made before the constants) holds one reference to every
# constant the parser made.  refpy holds the same extra reference (so the
# refcounts agree), but not through a tracked list made first: CPython's
# collector reaches the inner tuples from that list before the outer one,
# untracks them first, and then the outer tuple in the same pass.  refpy
# sees the outer tuple first and untracks it on the next collection.
# Tests of nested-tuple tracking build their tuples at run time.
#
# CPython prints:   4 3 / [False, False] False
# refpy prints:     4 3 / [False, False] True
import gc
import sys

def f():
    return ((1, 2), (3, 4))

t = f()
print(sys.getrefcount(t), sys.getrefcount(t[0]))
gc.collect()
print([gc.is_tracked(x) for x in t], gc.is_tracked(t))
