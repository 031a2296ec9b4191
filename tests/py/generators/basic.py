def gen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)
    return "done"

g = gen(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g))
print(g.send("hello"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("stop again", e.value)

print(list(gen(4)))
print(sum(x * x for x in range(5)))

def delegating():
    r = yield from gen(2)
    print("sub returned", r)
    yield "after"
print(list(delegating()))

g2 = gen(5)
try:
    g2.send(1)
except TypeError as e:
    print(e)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing()
print(next(c))
c.close()
print(c.gi_frame)

def ignore_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "oops"
ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(e)

def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 2
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

def raise_stop():
    yield 1
    raise StopIteration("x")
try:
    list(raise_stop())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def running():
    yield g3.gi_running
g3 = running()
print(next(g3), g3.gi_running)

def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(e)

def empty():
    return
    yield
print(list(empty()))

def with_return_value():
    yield 1
    return 42
def outer_gen():
    v = yield from with_return_value()
    yield v
print(list(outer_gen()))

gexp = (i for i in range(3))
print(gexp.__name__, list(gexp), list(gexp))

def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])

def throw_into_yield_from():
    try:
        yield from thrower()
    except Exception as e:
        print("outer got", e)
tf = throw_into_yield_from()
next(tf)
print(tf.throw(ValueError("via yf")))
