class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from " + self.who()

class B(A):
    def who(self):
        return "B"

class C(A):
    def who(self):
        return "C"

class D(B, C):
    pass

print(D().hello(), [k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), issubclass(bool, int))
print(isinstance(D(), B), isinstance(3, (str, int)), isinstance(3, ()))
print(A.__subclasses__() == [B, C], B.__subclasses__())

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(e)

class O1: pass
class O2(O1): pass
class O3(O1): pass
class O4(O2, O3): pass
print([c.__name__ for c in O4.__mro__])

# C3 example from the docs
class F: pass
class E: pass
class Dd: pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc): pass
print([c.__name__ for c in Aa.mro()])

# class attribute changes reach subclasses
A.greeting = "hi"
print(D.greeting, D().greeting)
A.greeting = "bye"
print(D.greeting)
del A.greeting
print(hasattr(D, "greeting"))
B.who = lambda self: "patched"
print(D().hello())
