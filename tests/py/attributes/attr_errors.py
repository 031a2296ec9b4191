def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Cup:
    pass

show(lambda: None.value)
show(lambda: (1, 2).append(3))
show(lambda: Cup().x)
show(lambda: Cup.x)
show(lambda: (5).real.nope)
show(lambda: "s".nope)
show(lambda: setattr(1, "x", 1))
show(lambda: setattr(1, "real", 1))
show(lambda: setattr("s", "upper", 1))
show(lambda: delattr(1, "x"))
show(lambda: delattr(Cup(), "x"))
show(lambda: getattr(Cup(), 1))
show(lambda: setattr(Cup(), 1, 1))
show(lambda: object().x)
show(lambda: setattr(object(), "x", 1))
show(lambda: [].x)
show(lambda: {}.x)
show(lambda: len.x)
import sys
show(lambda: sys.nope)
show(lambda: setattr(int.__add__, "x", 1))
show(lambda: Cup.__dict__.x)

try:
    Cup().missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    setattr(1, "x", 1)
except AttributeError as e:
    print(e.name, e.obj)
print(getattr(Cup(), "x", "default"), hasattr(Cup(), "x"), hasattr(1, "real"))
