import copy

class A:
    def __init__(self):
        self.v = [1]
    def get(self):
        return self.v

a = A()
m = a.get
mc = copy.copy(m)
print(mc == m, mc.__self__ is a)
md = copy.deepcopy(m)
print(md.__self__ is a, md() == a.get(), md() is a.get())
