import sys, weakref
eg = ExceptionGroup("x", [ValueError()])
print(sys.getsizeof(eg), sys.getsizeof(BaseExceptionGroup("y", [KeyboardInterrupt()])))
print(sys.getsizeof(BaseExceptionGroup("z", [ValueError(1), TypeError(2)])))
r = weakref.ref(eg); print(r() is eg); del eg; print(r())
class MyEG(ExceptionGroup): pass
m = MyEG("y", [ValueError()]); r = weakref.ref(m)
print(r() is m, type(m).__weakrefoffset__, type(m).__basicsize__, sys.getsizeof(m)); del m; print(r())
class MyBEG(BaseExceptionGroup): pass
m = MyBEG("y", [KeyboardInterrupt()]); r = weakref.ref(m)
print(r() is m, type(m).__weakrefoffset__, type(m).__basicsize__, sys.getsizeof(m)); del m; print(r())
print(ExceptionGroup.__basicsize__, ExceptionGroup.__weakrefoffset__, BaseExceptionGroup.__weakrefoffset__)
try:
    weakref.ref(ValueError())
except TypeError as e:
    print(e)
try:
    weakref.ref(BaseExceptionGroup("x", [KeyboardInterrupt()]))
except TypeError as e:
    print(e)
class X(ExceptionGroup, ValueError): pass
print(X.__basicsize__, sys.getsizeof(X("x", [ValueError()])))
try:
    raise ExceptionGroup("a", [ValueError(1)])
except* ValueError as e:
    print(repr(e), sys.getsizeof(e))
d = {}
def cb(ref):
    d["called"] = True
eg = ExceptionGroup("q", [ValueError()])
r = weakref.ref(eg, cb); del eg; print(d)
