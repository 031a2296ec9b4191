print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, str))
print(isinstance(1, int | str), isinstance([], (list, (tuple, dict))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)))
for call in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
class M(metaclass=Meta):
    pass
print(isinstance("magic", M), isinstance("other", M))
print(type(1) is int, type("s"), type(type), type(None).__name__)
