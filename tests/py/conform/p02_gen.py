# generators, closures, decorators
import functools

def counter(start=0):
    n = start
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c = counter(10)
print(c(), c(5), c.__closure__[0].cell_contents)
print(c.__code__.co_freevars, counter.__code__.co_cellvars)

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args} {kwargs}")
        r = func(*args, **kwargs)
        print(f"<- {func.__name__} = {r!r}")
        return r
    return wrapper

@trace
def add(a, b=2, *, c=3):
    """adds"""
    return a + b + c

add(1)
add(1, 5, c=10)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco

@repeat(3)
def hello(x):
    return x * 2
print(hello("ab"))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(15, fib())))
g = (x * x for x in range(10) if x % 2)
print(next(g), next(g), list(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                break
            received.append(x)
    finally:
        print("echo finally", received)
    return received

e = echo()
print(next(e))
print(e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

def delegate():
    r = yield from echo()
    yield ("done", r)

d = delegate()
next(d); d.send(1); d.send(2)
print(d.send(None))

def gen_close():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
gc_ = gen_close()
next(gc_)
gc_.close()
print(gc_.gi_frame)

def g2():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
x = g2(); next(x)
print(x.throw(ValueError("boom")))

squares = {n: n**2 for n in range(6)}
evens = {n for n in squares.values() if n % 2 == 0}
nested = [[i * j for j in range(1, 4)] for i in range(1, 4)]
flat = [v for row in nested for v in row if v > 2]
print(squares, sorted(evens), nested, flat)
print(list(map(lambda p: p[0] * p[1], zip("abc", range(1, 4)))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(any(x > 3 for x in range(5)), all([]), any([]))
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(functools.reduce(lambda a, b: a * b, range(1, 20)))

@functools.lru_cache(maxsize=None)
def fibr(n):
    return n if n < 2 else fibr(n - 1) + fibr(n - 2)
print(fibr(90), fibr.cache_info())

p = functools.partial(add.__wrapped__, 100, c=0)
print(p(1), p.func.__name__, p.args, p.keywords)
print(g2.__name__, type(g2()).__name__, repr(fib)[:13])
