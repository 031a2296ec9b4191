# Classes: attribute access, method calls, properties, inheritance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Named(Point):
    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name

    @property
    def label(self):
        return self.name


def main():
    p = Point(0, 0)
    step = Point(1, 2)
    total = 0
    for i in range(1500000):
        p = p.add(step)
        total += p.norm2() % 7
    n = Named(1, 2, "n")
    for i in range(1500000):
        total += len(n.label) + n.x
    print(total)


main()
