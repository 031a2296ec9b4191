class Always:
    def __eq__(self, other):
        return True

a = Always()
print(a == None, a is None, a == 5, a is a)
nan = float("nan")
box = [nan]
print(nan == nan, nan is nan, nan in box, box == [nan], [float("nan")] == [float("nan")])
one, one_f = 1, 1.0
print((1, [2]) == (1, [2]), one == one_f, one is one_f)
print(True == 1, hash(1) == hash(1.0) == hash(True))
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n == n, n in [n], [n] == [n], n is n)
class NeverHash(Never):
    __hash__ = object.__hash__
nh = NeverHash()
print({nh: 1}[nh], nh in {nh}, nh in [nh])
