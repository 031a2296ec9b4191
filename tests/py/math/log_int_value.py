# math.log/log2/log10 take an int (or int subclass) by its value, never
# through __float__; other objects go through __float__ / __index__.
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class I(int):
    def __float__(self):
        return 100.0
class F(float):
    pass
class Idx:
    def __index__(self):
        return 8
class Fl:
    def __float__(self):
        return 8.0
t(lambda: math.log(I(1)))
t(lambda: math.log2(I(8)))
t(lambda: math.log10(I(1000)))
t(lambda: math.log(I(8), I(2)))
t(lambda: math.log(8, I(2)))
t(lambda: math.log(I(0)))
t(lambda: math.log(I(-3)))
t(lambda: math.log(I(2) ** 2000))
t(lambda: math.log2(I(1) << 3000))
t(lambda: math.log(True))
t(lambda: math.log(False))
t(lambda: math.log(F(8.0)))
t(lambda: math.log2(Idx()))
t(lambda: math.log10(Fl()))
t(lambda: math.log(8, 1))
t(lambda: math.log(0.0))
t(lambda: math.log(-1.5))
t(lambda: math.log(float('inf')))
t(lambda: math.log(float('nan')))
t(lambda: math.log('8'))
