name, n, pi = "refpy", 42, 3.14159
print(f"hello {name}!", f"{name!r}", f"{name!a}", f"{name:>8}|", f"{name:*^11}", f"{'é'}{'€'}", f"{name}{n}")
print(f"{{literal}}", f"{name.upper()}", f"{name[1:3]}", f"{[name, n]}", f"{len(name)}", f"{'a' 'b'}")
w = 6
print(f"{name:{w}}|", f"{name:.{2}}|", f"{name!s:^{w}}|", f"{'' or 'empty'}", f"{name=}", f"{name = }")
s = "x" * 20
print(f"{s}" is s, f"{s}{''}" is s, f"{s:}" is s, type(f"{s}").__name__)
class T:
    def __format__(self, spec):
        return "T(" + spec + ")"
    def __str__(self):
        return "str-T"
    def __repr__(self):
        return "repr-T"
t = T()
print(f"{t}", f"{t:abc}", f"{t!s}", f"{t!r}", f"{t!r:>8}", f"{t!s:*<7}")
