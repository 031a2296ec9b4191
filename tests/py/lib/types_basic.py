import types
import sys
def f():
    pass
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), types.BuiltinFunctionType is type(len))
print(types.ModuleType is type(sys), types.NoneType is type(None), types.SimpleNamespace.__name__)
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"))
ns.c = [3]
del ns.a
print(ns, vars(ns))
class C:
    def m(self):
        pass
print(isinstance(C().m, types.MethodType), isinstance(f, types.FunctionType))
X = types.new_class("X", (dict,), exec_body=lambda ns: ns.update({"k": 1}))
print(X.__name__, X.k, X.__bases__)
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType))
m = types.ModuleType("made")
print(m.__name__, m.__doc__)
