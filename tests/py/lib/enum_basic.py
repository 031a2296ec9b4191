from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, repr(Color), type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), isinstance(Color.GREEN, Color), sorted(Color.__members__))
print(f"{Color.RED}", "%s" % Color.BLUE, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num(2), Num.ONE < Num.TWO, int(Num.TWO), f"{Num.ONE}", isinstance(Num.ONE, int))
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value)
class S(StrEnum):
    LOW = auto()
    HIGH = "hi"
print(S.LOW, repr(S.LOW), S.HIGH.upper(), S("hi"), S.LOW == "low")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), Perm.R & Perm.W)
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, repr(P2.A | P2.B), P2.A | 2, int(P2.B))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet((0.642, 3.39)))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
