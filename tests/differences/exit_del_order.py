# exit_del_order.py - the order of __del__ for objects still alive at exit.
#
# What differs: when the program ends, the main module's globals (kept alive
# by the cycle dict -> class -> function -> dict) are found by the shutdown
# collection and their finalizers run in the collector's list order.
# refpy runs them in allocation order: del a, del l1, del l2, del b.
# CPython 3.11 prints: del a, del b, del l2, del l1 (the values bound
# directly to globals first, then the contents of containers, a list's
# items last to first).  Objects freed before exit (del, rebinding,
# leaving a function) die at the same moment and in the same order in both.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = D("a")
l = [D("l1"), D("l2")]
b = D("b")
