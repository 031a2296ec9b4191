import sys
import helper_a
print(helper_a.value, helper_a.func(), helper_a.__name__, helper_a.__package__)
print(helper_a.__file__.endswith("helper_a.py"), helper_a.__spec__.name, helper_a.__spec__.parent == "")
import helper_a
import helper_a as again
print(again is helper_a, sys.modules["helper_a"] is helper_a)
from helper_a import value, func as f2
print(value, f2())
from helper_a import Klass
print(Klass.__module__, Klass.__name__)
print(type(helper_a).__name__, type(helper_a.__builtins__).__name__)
print(sorted(k for k in vars(helper_a) if k.startswith("__")))
print(__name__, __spec__, __package__, type(__builtins__).__name__, __file__.endswith("basic.py"))
