def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, "-", e)
f()
def h():
    y = 1
    def k():
        nonlocal y
        del y
    k()
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, "-", e)
h()
