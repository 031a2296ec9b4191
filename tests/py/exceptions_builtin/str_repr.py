tests = [
    ValueError(), ValueError("x"), ValueError("x", 1), KeyError("b"), KeyError(), KeyError("a", "b"),
    KeyError(""), IndexError("list index out of range"), StopIteration(5), SystemExit(3),
    OSError("x"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"),
    OSError(2, "No such file", "f.txt", None, "g"), OSError(99999, "x"), OSError(1, 2, 3, 4, 5, 6),
    SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 5)), SyntaxError("bad", ("/a/b/f.py", 3, 4, "x = (")),
    SyntaxError("bad"), SyntaxError(), SyntaxError("bad", (None, 3, 4, None)),
    SyntaxError("bad", ("f", None, 4, None)), ImportError(), ImportError("no module"), ImportError("a", "b"),
    ModuleNotFoundError("No module named 'x'", name="x"), NameError("name 'x' is not defined"),
    AttributeError("attr"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"),
    UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"),
    UnicodeEncodeError("ascii", "éé", 0, 2, "bad"), UnicodeEncodeError("ascii", "\u20ac", 0, 1, "bad"),
    UnicodeTranslateError("é", 0, 1, "bad"), ZeroDivisionError("division by zero"),
    RecursionError("maximum recursion depth exceeded"), Exception(None), Exception([1, 2]),
    BaseException(1, (2,)),
]
for e in tests:
    print(type(e).__name__, "|", repr(e), "|", str(e), "|", e.args)
