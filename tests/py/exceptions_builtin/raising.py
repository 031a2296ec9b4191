class MyError(Exception):
    pass

class Detailed(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])

for exc in (MyError("boom"), Detailed(42, "bad thing"), KeyError("k"), MyError()):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    raise MyError
except MyError as e:
    print("class raised", repr(e))

def check(exc_type, catch):
    try:
        raise exc_type("x")
    except catch:
        return "caught"
    except Exception:
        return "other"
print(check(FileNotFoundError, OSError), check(KeyError, (IndexError, LookupError)), check(ValueError, TypeError))
e = ValueError("stored")
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, type(caught.__traceback__).__name__)
