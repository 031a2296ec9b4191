# tb_lasti / f_lasti count 2-byte code units: co_positions()[lasti // 2] is
# the position of the failing instruction (what the traceback module uses)
import sys
def f():
    x = [1]
    return x[0] + 1/0
def g():
    fr = sys._getframe()
    return list(fr.f_code.co_positions())[fr.f_lasti // 2][0]
try:
    f()
except Exception as e:
    tb = e.__traceback__
    while tb:
        co = tb.tb_frame.f_code
        pos = list(co.co_positions())
        print(co.co_name, tb.tb_lineno, pos[tb.tb_lasti // 2], tb.tb_lasti % 2)
        tb = tb.tb_next
print(g())
for start, end, line in f.__code__.co_lines():
    if line == 6:
        print(start % 2, end % 2, end > start)
        break
