def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents, type(c.__closure__[0]).__name__)
print(c.__code__.co_freevars, counter.__code__.co_cellvars)

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
print(outer(1)(2).__qualname__)

# late binding
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

# cell for a parameter
def param_cell(a):
    def get():
        return a
    a = a * 2
    return get
print(param_cell(21)())

# unbound free variable
def unbound():
    def g():
        return v
    r = None
    try:
        r = g()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return g()
print(unbound())

def local_unbound():
    try:
        print(w)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    w = 2
local_unbound()

# global and nonlocal
G = 1
def set_global():
    global G
    G = 2
set_global()
print(G)

def shadow():
    x = "outer"
    class K:
        x = "class"
        def m(self):
            return x
    return K().m(), K.x
print(shadow())

def class_sees_closure():
    y = 10
    class K:
        z = y + 1
    return K.z
print(class_sees_closure())
