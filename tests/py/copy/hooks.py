import copy

class Hooked:
    def __init__(self, v):
        print("init", v)
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo))

h = Hooked([1])
c = copy.copy(h)
print(c.v is h.v)
d = copy.deepcopy(h)
print(d.v is h.v, d.v == h.v)
lst = copy.deepcopy([h, h])
print(lst[0] is lst[1])

class Deep:
    def __deepcopy__(self, memo):
        return 42
print(copy.deepcopy(Deep()))
print(copy.deepcopy([Deep(), Deep()]))
