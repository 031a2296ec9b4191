import sys
class R:
    def __init__(self, n, fail=False):
        self.n = n
        print("init", n)
        if fail: raise ValueError(f"init {n} failed")
    def __del__(self): print("del", self.n)
try:
    R(1, fail=True)
except ValueError as e:
    print("caught", e)
print("after failed init")
def gen():
    r = R(2)
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen(); print(next(g)); g = None; print("gen dropped")
def gen2():
    try:
        yield 1
    finally:
        return "from finally"
g2 = gen2(); next(g2)
try:
    g2.throw(KeyError("k"))
except StopIteration as e:
    print("stop value", e.value)
def gen3():
    yield 1
    raise RuntimeError("inside gen")
try:
    for x in gen3(): print("x", x)
except RuntimeError as e:
    print(e, type(e.__traceback__.tb_next).__name__)
def gen4():
    try:
        yield
    except GeneratorExit:
        yield "bad"
g4 = gen4(); next(g4)
try:
    g4.close()
except RuntimeError as e:
    print(e)
class CM:
    def __init__(self, n, swallow=False, fail_exit=False): self.n, self.swallow, self.fail_exit = n, swallow, fail_exit
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        if self.fail_exit: raise OSError(f"exit {self.n} failed")
        return self.swallow
try:
    with CM(1), CM(2, fail_exit=True), CM(3):
        raise KeyError("body")
except OSError as e:
    print("outer got", repr(e), "context", repr(e.__context__))
with CM(4, swallow=True):
    with CM(5):
        1 / 0
print("swallowed")
def stop_iter_in_gen():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_iter_in_gen())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def f():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        finally:
            print("inner finally", sys.exc_info()[0].__name__)
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def nested_gen():
    yield from range(3)
    return "done"
def outer():
    result = yield from nested_gen()
    print("result", result)
print(list(outer()))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip", next(it))
    else:
        print("x", x)
squares = (i * i for i in range(5))
print(sum(squares), sum(squares))
e = None
try:
    raise ValueError("keep")
except ValueError as exc:
    e = exc
print(repr(e), e.__traceback__ is not None)
try:
    exc
except NameError as ne:
    print(ne)
def raise_in_finally():
    try:
        return 1
    finally:
        raise ValueError("finally wins")
try:
    raise_in_finally()
except ValueError as e:
    print(e)
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ZeroDivisionError("next boom")
try:
    [x for x in Boom()]
except ZeroDivisionError as e:
    print(e)
try:
    a, b = Boom()
except ZeroDivisionError as e:
    print("unpack", e)
print("end")
