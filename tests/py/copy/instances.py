import copy

class Cup:
    count = 0
    def __init__(self, tea):
        Cup.count += 1
        self.tea = tea

c = Cup(["green"])
print(Cup.count)
cc = copy.copy(c)
cd = copy.deepcopy(c)
print(Cup.count)
print(type(cc).__name__, cc is c, cc.tea is c.tea, cd.tea is c.tea, cd.tea == c.tea)
print(cc.__dict__, cd.__dict__)

class Empty:
    pass
e = Empty()
ec = copy.copy(e)
print(type(ec) is Empty, ec is e, ec.__dict__)

class WithState:
    def __init__(self):
        self.a = 1
        self.b = [2]
    def __getstate__(self):
        print("getstate")
        return {"a": self.a * 10, "b": self.b}
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)

w = WithState()
w2 = copy.copy(w)
print(w2.a, w2.b is w.b)
w3 = copy.deepcopy(w)
print(w3.a, w3.b is w.b)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = [1]
        self.y = 2

s = Slotted()
s2 = copy.copy(s)
print(s2.x is s.x, s2.y)
s3 = copy.deepcopy(s)
print(s3.x is s.x, s3.x, s3.y)
