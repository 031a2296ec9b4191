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
class AppError(Exception):
    pass
def level3(data):
    return data["key"] * 2 + 1 / data["zero"]
def level2(data):
    try:
        return level3(data)
    except ZeroDivisionError as e:
        raise AppError("computation failed") from e
def level1():
    items = [1, 2]
    return items[5]
try:
    level2({"key": 3, "zero": 0})
except AppError:
    print(traceback.format_exc())
    traceback.print_exc(file=sys.stdout)
    info = sys.exc_info()
    print(traceback.format_exception_only(info[0], info[1]))
    print(len(traceback.format_exception(*info)))
try:
    level1()
except IndexError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename.endswith("p18_tb.py"), fs.lineno, fs.name, fs.line, fs.colno, fs.end_colno, len(fs), fs[2])
    print("".join(traceback.format_tb(e.__traceback__)))
    print(traceback.format_exception(e)[-1], end="")
    print(traceback.format_exception(e, limit=1, chain=False))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, list(te.format_exception_only()))
def show_stack():
    return traceback.format_stack()
def outer():
    return show_stack()
for line in outer():
    print(line, end="")
print(traceback.extract_stack()[-1].name)
try:
    try:
        {}["a"]
    except KeyError:
        x = undefined_thing
except NameError as e:
    e.add_note("extra note")
    traceback.print_exception(e, file=sys.stdout)
try:
    compile("x = (1,", "snippet.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
def rec(n):
    if n == 0:
        raise RuntimeError("bottom")
    rec(n - 1)
try:
    rec(10)
except RuntimeError:
    traceback.print_exc(file=sys.stdout, limit=-5)
    traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc(chain=False))[:60])
print(traceback.format_exception_only(ValueError("v")), traceback.format_exception_only(ValueError()))
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))
print(repr(traceback.FrameSummary("a.py", 1, "m", line="pass")))
traceback.print_stack(file=sys.stdout)
