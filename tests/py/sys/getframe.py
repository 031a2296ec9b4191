import sys

def f():
    return sys._getframe()
def g():
    return sys._getframe(1)
fr = f()
print(type(fr).__name__, fr.f_code.co_name)
print(g().f_code.co_name)
def h():
    return g()
print(h().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
print(sys._getframe().f_globals is globals())
