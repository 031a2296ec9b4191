# Subscripted built-in types and the | union (3.10+), as used in annotations.
a = list[int]
print(a, a.__origin__, a.__args__)
print(list[int] | None, int | list[str], dict[str, list[int]])
print(type[int], type[int] == type[int], (list[int] | None).__args__)
print(isinstance(3, int | str), isinstance("s", int | None), issubclass(bool, int | str))
u = int | str
print(u | None, (int | int) is int, (None | int))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)


def f(x: list[int] | None = None) -> dict[str, int]:
    return {}


print(f.__annotations__)
