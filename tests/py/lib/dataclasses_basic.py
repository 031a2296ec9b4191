from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY
import copy
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(1, 3), Point(5), p.__hash__ is None if False else Point.__hash__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = "x"
v = V(1)
print(v, hash(v) == hash((1, "x")), V(1) < V(2), sorted([V(3), V(1, "z"), V(1)]))
try:
    v.a = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Inv:
    items: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
    count: int = field(default=0, compare=False)
i1, i2 = Inv(), Inv()
i1.items.append(1)
print(i1, i2, i1.items is i2.items, Inv([1], count=5) == Inv([1]))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), [f.name for f in fields(Child)])
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(4))
@dataclass
class Nested:
    p: Point
    tags: list
n = Nested(Point(1, 2), ["t"])
d = asdict(n)
print(d, d["tags"] is n.tags)
c = copy.deepcopy(n)
print(c == n, c.p is n.p)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
print(K(1, b=3))
try:
    K(1, 3)
except TypeError as e:
    print("TypeError:", e)
print(Point.__match_args__, repr(Point.__init__.__qualname__))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1))
