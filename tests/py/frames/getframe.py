import sys
def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller())
def lineno():
    return sys._getframe().f_lineno
print(lineno())
def loc(a, b=2):
    c = a + b
    return locals()
print(loc(1))
def back():
    f = sys._getframe()
    return f.f_back.f_code.co_name, f.f_back.f_back
print(back())
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_name)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def tb_keeps_locals():
    big = [1, 2, 3]
    raise ValueError("x")
try:
    tb_keeps_locals()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    print(tb.tb_next.tb_frame.f_locals)
    print(tb.tb_next.tb_frame.f_back.f_code.co_name)
def closure_locals():
    x = 1
    def inner():
        y = x
        return locals()
    return inner()
print(closure_locals())
class C:
    a = 1
    ns = sorted(locals())
print(C.ns)
print(type(sys._getframe()).__name__)
