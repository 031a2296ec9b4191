class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(Plugin.registry, C.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a, Model.b.name)

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no")
try:
    class Broken:
        x = Boom()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], type(G.__dict__["__class_getitem__"]).__name__)
