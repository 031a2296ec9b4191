# Constants of the main script have one reference fewer in refpy.
#
# CPython 3.11 keeps the parser's arena alive while the __main__ script
# runs (pyrun_file frees it after run_mod), and the arena's object list
# holds one reference to every constant the parser made.  So in the main
# script only, a constant tuple's sys.getrefcount is one higher than in
# refpy, gc.get_referrers shows that list, and a constant tuple of tuples
# is untracked by the first collection (its inner tuples are reachable
# through the arena list, so they are scanned and untracked first).
# refpy frees its parser arena before running the code: constants are
# referenced by their code objects only, as in CPython for imported
# modules and for exec()/compile().  Build tuples at run time (tuple([..]))
# in tests that look at refcounts or tracking of nested tuples.
#
# CPython prints:   4 3 / [False, False] False
# refpy prints:     3 2 / [False, False] True
import gc
import sys

def f():
    return ((1, 2), (3, 4))

t = f()
print(sys.getrefcount(t), sys.getrefcount(t[0]))
gc.collect()
print([gc.is_tracked(x) for x in t], gc.is_tracked(t))
