# (paths in the output are made relative to this folder, so the expectation
# does not depend on where the checkout lives)
import os as _os, sys as _sys
_HERE = _os.path.dirname(_os.path.abspath(__file__)) + _os.sep
class _Scrub:
    def __init__(self, out):
        self.out = out
    def write(self, s):
        return self.out.write(s.replace(_HERE, ""))
    def flush(self):
        self.out.flush()
_sys.stdout = _Scrub(_sys.stdout)
import traceback, sys
def multi():
    return (1 +
            None)
try:
    multi()
except TypeError:
    traceback.print_exc(file=sys.stdout)
ns = {}
try:
    exec("def f():\n    return 1/0\nf()", ns)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str")
try:
    raise Weird()
except Weird:
    traceback.print_exc(file=sys.stdout)
try:
    raise KeyError("x") from None
except KeyError:
    traceback.print_exc(file=sys.stdout)
def g(): yield 1/0
try:
    list(g())
except ZeroDivisionError as e:
    print(traceback.format_exception(type(e), e, e.__traceback__))
import collections
try:
    collections.namedtuple("P", "x y")(1)
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    x = [1, 2, 3]
    x[1:2] = 5
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    d = {"a": {"b": 1}}
    d["a"]["c"]
except KeyError:
    traceback.print_exc(file=sys.stdout)
print("end")
try: int("x") + 1
except ValueError: traceback.print_exc(file=sys.stdout)
try:
    1/0
except: __import__("traceback").print_exc(file=__import__("sys").stdout)