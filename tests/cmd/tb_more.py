import sys
which = sys.argv[1]

class Tea:
    def __init__(self, kind):
        self.kind = kind
    def __repr__(self):
        return "Tea(%r)" % self.kind
    def pour(self, cups):
        return self.kind[cups]

def level3(t):
    return t.pour(10)
def level2(t):
    return level3(t)
def level1():
    return level2(Tea("green"))

if which == "a":
    level1()
elif which == "b":
    d = {"a": {"b": 1}}
    print(d["a"]["c"])
elif which == "c":
    nums = [1, 2, 3]
    total = sum(nums) + nums[1] * undefined_thing
elif which == "d":
    def gen():
        yield 1
        raise RuntimeError("in generator")
    for x in gen():
        print(x)
elif which == "e":
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
elif which == "f":
    x = (1 +
         2 +
         "three")
elif which == "g":
    def f(a, b):
        return a // b
    f(1, 0)
elif which == "h":
    class MyError(Exception):
        pass
    raise MyError("custom")
elif which == "i":
    raise KeyboardInterrupt
elif which == "j":
    import math_not_there
elif which == "k":
    sys.exit(0)
elif which == "l":
    sys.exit()
elif which == "m":
    raise SystemExit(4)
elif which == "n":
    print(undefined_local_thing_x)
elif which == "o":
    [].no_such_method()
elif which == "p":
    def deep(n):
        if n == 0:
            raise ValueError("bottom")
        deep(n - 1)
    deep(5)
