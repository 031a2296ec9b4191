def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
N = type(None)
NI = type(NotImplemented)
E = type(...)
print(None, repr(None), str(None), N.__name__, NI.__name__, E.__name__, Ellipsis, ...)
print(bool(None), N() is None, NI() is NotImplemented, E() is Ellipsis, None is None)
t(lambda: N(1))
t(lambda: N(x=1))
t(lambda: NI(1))
t(lambda: E(1))
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), repr(NotImplemented))
print(hash(None) == hash(None), type(hash(None)).__name__, None == None, None != 0)
print(sorted(N.__dict__), sorted(NI.__dict__), sorted(E.__dict__))
import sys
print(sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
t(lambda: None + 1)
t(lambda: None < None)
t(lambda: setattr(None, 'x', 1))
t(lambda: len(None))
nn = None
t(lambda: nn())
t(lambda: None.x)
