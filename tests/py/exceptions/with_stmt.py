class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None)
        return self.swallow

with CM("a") as x:
    print("body", x)

with CM("b", True):
    1 / 0
print("after swallow")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with CM("d") as d, CM("e") as e:
    print(d, e)

def ret():
    with CM("f"):
        return "returned"
print(ret())

for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break

try:
    with 5:
        pass
except TypeError as e:
    print(e)

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
