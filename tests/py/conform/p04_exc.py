class AppError(Exception):
    """base"""
class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        super().__init__(key, msg)
        self.key = key
    def __str__(self):
        return f"config key {self.key!r}: {self.args[1]}"
class NetworkError(AppError): pass
class Timeout(NetworkError, TimeoutError): pass

def order():
    log = []
    try:
        try:
            log.append("try")
            raise ValueError("inner")
        except ValueError as e:
            log.append(f"except {e}")
            raise KeyError("k") from e
        finally:
            log.append("finally1")
    except KeyError as e:
        log.append(f"outer {e!r} cause={e.__cause__!r} ctx={e.__context__!r}")
    finally:
        log.append("finally2")
    return log

for line in order():
    print(line)

def f_return():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(f_return())

def f_override():
    try:
        return 1
    finally:
        return 2
print(f_override())

def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
loop_finally()

errors = [ConfigError("db"), ConfigError("port", "bad"), Timeout("slow"), NetworkError(), AppError("x", 1)]
for e in errors:
    try:
        raise e
    except TimeoutError as t:
        print("timeout:", type(t).__name__, t, isinstance(t, OSError), Timeout.__mro__)
    except NetworkError as n:
        print("net:", repr(n), n.args)
    except AppError as a:
        print("app:", a, "|", repr(a), a.args)

try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, repr(e))
try:
    [][3]
except IndexError as e:
    print(e)
try:
    int("12x")
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e, e.args)
try:
    None.foo
except AttributeError as e:
    print(e, e.name if hasattr(e, "name") else "")
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
try:
    x = 1
    x()
except TypeError as e:
    print(e)
try:
    def kw(a, *, b): pass
    kw(1, 2)
except TypeError as e:
    print(e)
try:
    kw(1, c=3)
except TypeError as e:
    print(e)
try:
    kw()
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("got", eg.exceptions)
except* TypeError as eg:
    print("got", eg.exceptions)
import sys
try:
    raise RuntimeError("info")
except RuntimeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, sys.exception() is v)
print(sys.exc_info())
e = ValueError("note me")
e.add_note("a note")
print(e.__notes__)
def deep(n):
    if n == 0:
        raise ConfigError("deep")
    return deep(n - 1)
try:
    deep(3)
except AppError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1; tb = tb.tb_next
    print("frames", n)
class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError
with Ctx("a") as a, Ctx("b") as b:
    print("inside", a.name, b.name)
with Ctx("swallow"):
    raise KeyError("gone")
print("after swallow")
def raiser():
    with Ctx("outer"):
        raise ConfigError("z", "final")
raiser()
