import copyreg
class Cup:
    def __init__(self, tea):
        self.tea = tea
c = Cup("green")
r = c.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (Cup,), r[2], r[3:], c.__getstate__())
print(Cup().__getstate__() if False else object.__getstate__(Cup.__new__(Cup)))
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
print(s.__getstate__(), s.__reduce_ex__(4)[2])
class Custom:
    def __reduce__(self):
        return (Custom, ())
print(Custom().__reduce_ex__(2) == (Custom, ()))
class GS:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        return {"x": 99}
print(GS().__reduce_ex__(4)[2])
class NA:
    def __getnewargs__(self):
        return (1, 2)
print(NA().__reduce_ex__(2)[1][1:])
import copy
c2 = copy.copy(c)
print(c2.tea is c.tea, type(c2) is Cup)
print(object().__reduce_ex__(2)[1:])
print(c.__sizeof__(), object().__sizeof__(), s.__sizeof__())
