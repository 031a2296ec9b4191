import sys
import imppkg.sub
print(imppkg.sub.sub_value, imppkg.pkg_value, imppkg.copied)
print(imppkg.__package__, imppkg.sub.__package__, imppkg.__path__[0].endswith("imppkg"))
print(imppkg.__spec__.parent, imppkg.sub.__spec__.parent, imppkg.__spec__.submodule_search_locations == imppkg.__path__)
import imppkg.sub as s
print(s is imppkg.sub)
from imppkg import lazy
print(lazy.lazy_value, "imppkg.lazy" in sys.modules, imppkg.lazy is lazy)
from imppkg.inner import deep
print(deep.deep_value)
import imppkg.inner.deep
print(imppkg.inner.deep is deep)
m = __import__("imppkg.sub")
print(m is imppkg)
m = __import__("imppkg.sub", fromlist=["x"])
print(m is imppkg.sub)
m = __import__("imppkg", fromlist=["lazy", "missing_one"])
print(m is imppkg)
from imppkg import *
print("sub" in dir())
