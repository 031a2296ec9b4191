import sys
import __main__
print(__main__.__name__, __name__, __main__ is sys.modules["__main__"])
print(__spec__, __package__, __doc__)
print(__file__.endswith("main_module.py"), type(__builtins__).__name__, __builtins__ is sys.modules["builtins"])
x = 5
print(__main__.x)
print(sorted(k for k in globals() if k.startswith("__")))
