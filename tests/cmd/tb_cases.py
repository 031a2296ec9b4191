def brew(cups):
    return cups * price

def outer():
    x = [1, 2]
    return x[5]

def chain():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad") from e

import sys
which = sys.argv[1] if len(sys.argv) > 1 else "0"
if which == "0":
    print("start")
    brew(2)
elif which == "1":
    outer()
elif which == "2":
    chain()
elif which == "3":
    def r(n):
        return r(n + 1)
    r(0)
elif which == "4":
    a = 1
    b = 0
    print(a /
          b)
elif which == "5":
    try:
        1/0
    except ZeroDivisionError:
        x = None
        x.attr
elif which == "6":
    class Cup:
        pass
    Cup().volume
elif which == "7":
    assert 1 == 2, "math is broken"
elif which == "8":
    raise SystemExit("bye")
elif which == "9":
    len(5)
