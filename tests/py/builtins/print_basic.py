print()
print(1, 2, 3)
print("a", "b", sep="-")
print("a", "b", sep="")
print("x", end="!")
print("y", end="\n")
print("no", "sep", sep=None, end=None)
print(None, True, 1.5, [1], (2,), {"k": 3}, {4}, b"by")
print(*range(5))
print(*[], sep="x")
print("multi\nline")
class R:
    def __str__(self):
        return "str-of-R"
    def __repr__(self):
        return "repr-of-R"
print(R(), [R()])
print("flush", flush=True)
import sys
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("end")
