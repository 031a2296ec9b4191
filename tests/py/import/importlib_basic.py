import importlib
import sys
m = importlib.import_module("helper_a")
print(m.__name__, m is sys.modules["helper_a"])
sub = importlib.import_module("imppkg.sub")
print(sub.__name__, sub.sub_value)
rel = importlib.import_module(".lazy", "imppkg")
print(rel.__name__, rel.lazy_value)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("no_such_mod_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
m.value = 99
r = importlib.reload(m)
print(r is m, m.value)
import copy
copy.extra = 1
print(importlib.reload(copy) is copy, copy.extra)
print(importlib.reload(sys) is sys)
importlib.invalidate_caches()
