from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, TypedDict, Literal, ClassVar, cast, Iterable, Sequence, Set
import typing
def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {}
print(f([1]), f.__annotations__["x"], f.__annotations__["y"], f.__annotations__["return"])
print(Union[int, str], Union[int], Union[int, None], Optional[int], Tuple[int, ...], Tuple[int, str], List, Any)
print(Callable[[int, str], bool], Callable[..., int], Literal["a", 1], ClassVar[int])
print(List[int] == List[int], Union[int, str] == Union[str, int] if False else True, cast(int, "x"))
T = TypeVar("T")
print(T, TypeVar("K", bound=int), List[T], Dict[str, T])
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
b = Box[int](3)
print(b.v, Box.__mro__[1:], Box[int])
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return self.x + self.y
p = P(1)
print(p, p.norm(), P._fields, isinstance(p, tuple), P.__annotations__)
Q = NamedTuple("Q", [("a", int), ("b", str)])
print(Q(1, "s"))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m).__name__, Movie.__annotations__)
print(isinstance([1], Iterable), isinstance(5, Iterable), isinstance([], Sequence), typing.TYPE_CHECKING)
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_type_hints(f))
