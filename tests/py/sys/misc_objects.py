import sys, types, gc, time, os
print(sys.getsizeof(sys.version_info), sys.getsizeof(types.SimpleNamespace()), sys.getsizeof(sys.flags))
print(type(time.localtime()).__name__, len(time.localtime()), time.gmtime(0))
print(time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)), time.asctime(time.gmtime(0)))
print(type(time.time()).__name__, time.monotonic() > 0, time.perf_counter_ns() > 0)
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.01)
st = os.stat(".")
print(type(st).__name__, st.st_mode > 0, type(st.st_mtime).__name__, type(st[8]).__name__, len(st))
ns = types.SimpleNamespace(a=1)
ns.b = 2
print(ns, ns == types.SimpleNamespace(a=1, b=2), repr(types.SimpleNamespace()))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(sys.implementation.name == "refpy" or sys.implementation.name == "cpython", sys.implementation.version[:2])
print(sorted(gc.get_stats()[0]), gc.get_count()[0] >= 0)
print(sys.exc_info(), sys.getrecursionlimit())
