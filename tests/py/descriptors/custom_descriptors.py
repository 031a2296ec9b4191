class Verbose:
    def __get__(self, obj, objtype=None):
        print("get", obj is None, objtype.__name__)
        return 42
class Data:
    def __init__(self):
        self.store = {}
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.store.get(id(obj), "unset")
    def __set__(self, obj, value):
        print("set", value)
        self.store[id(obj)] = value
    def __delete__(self, obj):
        print("delete")
        self.store.pop(id(obj), None)

class Host:
    v = Verbose()
    d = Data()

h = Host()
print(h.v, Host.v)
h.v = "shadowed"
print(h.v)
print(h.d)
h.d = 5
print(h.d, h.__dict__)
h.__dict__["d"] = "dict"
print(h.d)
del h.d
print(h.d, isinstance(Host.d, Data))

class OnlySet:
    def __set__(self, obj, value):
        print("only set", value)
class H2:
    a = OnlySet()
x = H2()
x.a = 1
print(type(x.a).__name__)
x.__dict__["a"] = "inst"
print(x.a)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def double(self, n):
        return n * 2
print(UsesMethod().double(4))
