import sys
import builtins

sys.displayhook(None)
print(hasattr(builtins, "_"))
sys.displayhook(42)
print(builtins._)
sys.displayhook("s")
print(repr(builtins._))
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
