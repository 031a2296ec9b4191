import sys
for kw in [{"sep": 1}, {"end": 2}, {"x": 1}, {"file": 1}, {"flush": None}]:
    try:
        print("v", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class BadStr:
    def __str__(self):
        raise ValueError("no str")
try:
    print("before", BadStr(), "after")
except ValueError as e:
    print("ValueError:", e)
class NotStr:
    def __str__(self):
        return 5
try:
    print(NotStr())
except TypeError as e:
    print("TypeError:", e)
class W:
    def __init__(self):
        self.out = []
    def write(self, s):
        self.out.append(s)
w = W()
print("a", 1, sep=", ", end=".\n", file=w)
print(w.out)
class NoFlush:
    def write(self, s):
        pass
try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)
sys.stdout = None
print("invisible")
sys.stdout = sys.__stdout__
print("visible")
