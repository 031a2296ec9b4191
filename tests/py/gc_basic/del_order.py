class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

l = [D(1), D(2), D(3)]
del l
print("--")
t = (D(4), D(5))
del t
print("--")
d = {"a": D(6), "b": D(7)}
del d
print("--")
class Holder:
    pass
h = Holder()
h.x = D(8)
h.y = D(9)
del h
print("--")
x = D(10)
x = D(11)
print("end")
