import functools

class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, getattr(other, "n", other))
        return self.n < other.n
    def __repr__(self):
        return "V%d" % self.n

print(V(1) < V(2))
print(V(2) > V(1))
print(sorted([V(3), V(1), V(2)]))
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)

class Sub(V):
    def __gt__(self, other):
        print("Sub.gt")
        return NotImplemented
print(V(1) < Sub(2))

class NI:
    def __eq__(self, other):
        return NotImplemented
    def __lt__(self, other):
        return NotImplemented
n = NI()
print(n == n, n == NI(), n != NI())
try:
    n < NI()
except TypeError as e:
    print(e)
for bad in (lambda: 1 < "a", lambda: [] <= 1, lambda: None > None, lambda: {} < {}):
    try:
        bad()
    except TypeError as e:
        print(e)

@functools.total_ordering
class T:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
print(1 == 1.0, (1, 2) < (1, 3), [1, 2] == [1, 2], "a" < "b")
