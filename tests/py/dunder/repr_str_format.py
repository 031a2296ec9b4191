class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % self.x
    def __str__(self):
        return "point " + str(self.x)
    def __format__(self, spec):
        return "fmt[" + spec + "]"

p = P(1)
print(p, repr(p), str(p), [p], "%s %r" % (p, p), f"{p} {p!r} {p:>5}", format(p, "x"))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])

class Plain:
    pass
print(format(Plain(), "") == str(Plain()) or True)
for bad in (lambda: format(Plain(), "x"), lambda: f"{Plain():>3}"):
    try:
        bad()
    except TypeError as e:
        print(e)

class BadRepr:
    def __repr__(self):
        return 1
class BadStr:
    def __str__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 3
for f in (lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: format(BadFormat())):
    try:
        f()
    except TypeError as e:
        print(e)
print(ascii("é€😀\n"), ascii(P("é")))
class S(str):
    def __str__(self):
        return "custom"
print(str(S("x")), S("x"), "%s" % S("x"))
