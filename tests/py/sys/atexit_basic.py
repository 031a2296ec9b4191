import atexit

def f(a, b=2):
    print("f", a, b)

def g():
    print("g")
    raise ValueError("bad")

n0 = atexit._ncallbacks()
atexit.register(f, 1, b=3)
atexit.register(g)
print(atexit.register(f, 9) is f, atexit._ncallbacks() - n0)
atexit.unregister(g)
atexit.register(g)

@atexit.register
def decorated():
    print("decorated runs first")

try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
print("main done")
