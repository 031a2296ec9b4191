class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "dflt"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 5)
print(c.y, hasattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
for call in (lambda: getattr(c, 1), lambda: setattr(c, 2, 3), lambda: hasattr(c, None), lambda: delattr(c, 4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
class Boom:
    @property
    def p(self):
        raise ValueError("boom")
try:
    hasattr(Boom(), "p")
except ValueError as e:
    print("ValueError:", e)
print(getattr(Boom(), "q", None))
try:
    getattr()
except TypeError as e:
    print("TypeError:", e)
print(vars(c), sorted(vars(C))[:3])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def local_vars():
    a = 1
    b = 2
    return vars()
print(local_vars())
print("dir" in dir(__builtins__) if isinstance(__builtins__, dict) is False else "dir" in __builtins__)
print(dir(c)[-3:], "x" in dir(C))
def f():
    q = 1
    return dir()
print(f())
