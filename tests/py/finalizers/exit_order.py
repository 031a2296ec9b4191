# Objects still alive when the program ends: CPython runs a full collection
# first (with gc.callbacks), then tears the modules down; the finalizers of
# the main module's objects run in the collector's order: the values bound
# to globals first, then the contents of containers (a list's items last
# to first, as list traversal visits them).
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = D("a")
l = [D("l1"), D("l2")]
b = D("b")
c = {"k": D("c1")}
t = (D("t1"),)
_u = D("_u")
print("end of program")
