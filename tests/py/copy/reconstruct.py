import copy
import copyreg

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def reduce_point(p):
    print("reduce_point")
    return (Point, (p.x, p.y))

copyreg.pickle(Point, reduce_point)
p = Point(1, [2])
q = copy.copy(p)
print(q, q.y is p.y)
r = copy.deepcopy(p)
print(r, r.y is p.y)
del copyreg.dispatch_table[Point]

class Listish:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x)
    def __reduce_ex__(self, proto):
        return (Listish, (), None, iter([1, [2]]), None)

li = copy.deepcopy(Listish())
print(li.items)

class Dictish(dict):
    def __reduce_ex__(self, proto):
        return (Dictish, (), {"tag": 1}, None, iter([("k", [1])]))
dd = copy.copy(Dictish())
print(dd, dd.tag)
