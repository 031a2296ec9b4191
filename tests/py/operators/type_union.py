u = int | str
print(u, type(u).__name__, u.__args__, type(u).__module__)
print(isinstance(3, u), isinstance("s", u), isinstance(3.0, u), issubclass(bool, u), issubclass(float, u))
print(int | None, None | int, int | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(int | str | float, (int | str) | (float | int))
class C: pass
print(C | int, isinstance(C(), C | None))
try:
    int | 3
except TypeError as e:
    print(e)
print(isinstance(None, int | None))
