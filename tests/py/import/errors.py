import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
def show(e):
    print(type(e).__name__ + ":", str(e).replace(here, "<here>"), "|", e.name, "|",
          None if e.path is None else e.path.replace(here, "<here>"))
try:
    import no_such_module_xyz
except ImportError as e:
    show(e)
try:
    import helper_a.sub
except ImportError as e:
    show(e)
try:
    import imppkg.missing
except ImportError as e:
    show(e)
try:
    from helper_a import missing_name
except ImportError as e:
    show(e)
try:
    from sys import missing_name
except ImportError as e:
    show(e)
try:
    from imppkg import missing_name
except ImportError as e:
    show(e)
try:
    from . import helper_a
except ImportError as e:
    show(e)
try:
    from .helper_a import value
except ImportError as e:
    show(e)
for bad in [(1,), ("",), ("x", None, None, None, -1)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    __import__("x", {"__name__": "top"}, None, None, 1)
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    __import__("x", {"__package__": "a"}, None, None, 2)
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    __import__("x", 5, None, None, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    __import__("x", {"__package__": 5}, None, None, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    __import__("x", None, None, None, 1)
except (KeyError, TypeError) as e:
    print(type(e).__name__ + ":", e)
print(issubclass(ModuleNotFoundError, ImportError))
