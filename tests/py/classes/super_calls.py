class A:
    def __init__(self):
        self.trail = ["A"]
    def m(self):
        return "A.m"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__

class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")
    def m(self):
        return "B.m > " + super().m()
    @classmethod
    def c(cls):
        return "B.c > " + super().c()

class C(A):
    def __init__(self):
        super().__init__()
        self.trail.append("C")
    def m(self):
        return "C.m > " + super().m()

class D(B, C):
    def __init__(self):
        super(D, self).__init__()
        self.trail.append("D")
    def m(self):
        return "D.m > " + super().m()

d = D()
print(d.trail, d.m(), D.c())
print(super(B, d).m(), super(C, d).m())
s = super(B, d)
print(repr(s).startswith("<super: <class 'B'>, <D object>>"), s.__thisclass__, s.__self__ is d, s.__self_class__)
print(repr(super(B)))
try:
    super(B, 1)
except TypeError as e:
    print(e)
try:
    super(1, d)
except TypeError as e:
    print(e)
try:
    super(B, d).nothing
except AttributeError as e:
    print(e)
print(super(D, D).c())
print(super().__class__ if False else super(D, d).__class__)
