import functools as m
def f(a, b, c=3):
    return (a, b, c)
p = m.partial(f, 1, c=5)
print(p(2), p.args, p.keywords, p.func is f)
pp = m.partial(p, 9)
print(pp.args, pp.keywords, pp(), pp.func is f)
print(m.reduce(lambda a, b: a * b, [1, 2, 3, 4]), m.reduce(lambda a, b: a + b, [], 10))
try:
    m.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
@m.wraps(f)
def g(*a):
    return f(*a)
print(g.__name__, g.__wrapped__ is f, g.__doc__)
@m.lru_cache(maxsize=2)
def sq(x):
    return x * x
sq(1); sq(1); sq(2); sq(3); sq(1)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@m.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info().misses)
@m.total_ordering
class V:
    def __init__(s, v):
        s.v = v
    def __eq__(s, o):
        return s.v == o.v
    def __lt__(s, o):
        return s.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=m.cmp_to_key(lambda a, b: b - a)))
class C:
    @m.cached_property
    def x(self):
        print("computing")
        return 5
c = C()
print(c.x, c.x, "x" in vars(c))
@m.singledispatch
def show(x):
    return "obj"
@show.register(int)
def _(x):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show("s"), show(True), show([1]))
