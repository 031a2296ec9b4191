from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return "shape with area %s" % self.area()
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe(), isinstance(Sq(1), Shape), issubclass(Sq, Shape), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Two(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
try:
    Two()
except TypeError as e:
    print("TypeError:", e)
class Reg(metaclass=ABCMeta): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(bool, Reg), isinstance("s", Reg), issubclass(Reg, object))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook), type(Shape).__name__)
try:
    Reg.register(5)
except TypeError as e:
    print("TypeError:", e)
