def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest]:
            return f"list starting {x} with {len(rest)} more"
        case {"name": name, **others}:
            return f"named {name} {others}"
        case str() as s:
            return "string " + s
        case (a, b, c):
            return "triple"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -5, [1, 2], [1, 2, 3], {"name": "x", "a": 1}, "hi", (1, 2, 3), None, 3.5]:
    print(describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis {y}"
        case Point(x, 0):
            return f"on x axis {x}"
        case Point():
            return "somewhere"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1)]:
    print(where(p))
match 42:
    case int() | float() as num:
        print("number", num)
