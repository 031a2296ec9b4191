# list[int] and friends: types.GenericAlias
g = list[int]
print(g, type(g).__name__, type(g).__module__, g.__origin__, g.__args__, g.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], list[None], list['x'], set[frozenset[int]], enumerate[str])
print(g == list[int], g != list[str], g == list, hash(g) == hash(list[int]), g([1]), list[int](), dict[str, int](a=1))
print(g.__mro_entries__((g,)), g.append, g.__name__, g.__qualname__, g.__module__, g.__doc__ == list.__doc__)
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: isinstance([], g))
t(lambda: issubclass(list, g))
t(lambda: g[int])
t(lambda: list[int, str])
class A(list[int]):
    pass
print(A.__bases__, A.__orig_bases__, A([1, 2]), A.__mro__)
print(g.__reduce__(), repr(list[list]), list[int].__class__)
import copy
print(copy.copy(g), copy.deepcopy(g) == g)
def f(x: list[int], y: dict[str, tuple[int, ...]]) -> set[str]:
    return x
print(f.__annotations__)
print(type(dict[str, int]()).__name__, list[int]('ab'))
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), tuple.__class_getitem__(int))
