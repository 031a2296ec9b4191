# With the collector disabled, the full collection before shutdown does not
# run (CPython's PyGC_Collect returns at once): the finalizers of objects
# alive at exit then run in the order the module teardown reaches them.
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = D("a")
l = [D("l1"), D("l2")]
b = D("b")
c = {"k": D("c1")}
_u = D("_u")
gc.disable()
print("end of program", gc.isenabled())
