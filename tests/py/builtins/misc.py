import builtins
print(type(__builtins__).__name__)
print(builtins.len is len, builtins.__name__)
print(__debug__, NotImplemented, Ellipsis, ...)
print(repr(exit), repr(quit), type(exit).__name__)
print(id(None) == id(None), type(id(1)).__name__)
x = []
print(id(x) == id(x))
print(format(3.14159, ".2f"), format(42), format("s", ">3"), format(5, "04d"))
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(repr("a'b"), ascii("é"), repr(1.0), ascii([1, "ü"]))
print(globals() is globals(), "x" in globals())
def f(a):
    b = 2
    return sorted(locals().items())
print(f(1))
names = ["abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr",
         "classmethod", "compile", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter",
         "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id",
         "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max",
         "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr",
         "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
         "super", "tuple", "type", "vars", "zip", "__import__", "__build_class__", "exit", "quit"]
print([n for n in names if not hasattr(builtins, n)])
print(isinstance(builtins.__dict__, dict), "print" in builtins.__dict__)
