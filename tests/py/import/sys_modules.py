import sys
sentinel = object()
sys.modules["fake_module"] = sentinel
import fake_module
print(fake_module is sentinel)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__ + ":", e, e.name)
import helper_replace
print(type(helper_replace).__name__, helper_replace.name)
import helper_a
del sys.modules["helper_a"]
import helper_a as second
print(second.value)
print(list(sys.modules)[:2])
import gc, time, copy
print(gc.__name__, time.__name__, copy.__name__)
print(sys.modules["gc"] is gc, "copyreg" in sys.modules)
print(repr(sys).startswith("<module 'sys'"), repr(gc))
