import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
one = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc',
       'exp', 'exp2', 'expm1', 'fabs', 'floor', 'frexp', 'gamma', 'isfinite', 'isinf', 'isnan', 'lgamma', 'log',
       'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp']
args = [0.0, -0.0, 0.5, -0.5, 1, -1, 2, 3.7, -3.7, 10, 100.5, 710, -710, 1e-300, 1e300, 0.1,
        float('inf'), float('-inf'), float('nan'), 2**1100, -(2**1100), True, 171.5, -171.5, 1e-20]
for name in one:
    f = getattr(math, name)
    r = []
    for a in args:
        try:
            r.append(repr(f(a)))
        except Exception as e:
            r.append(type(e).__name__ + ': ' + str(e))
    print(name, ' | '.join(r))
two = ['atan2', 'copysign', 'fmod', 'pow', 'remainder', 'nextafter', 'log', 'hypot', 'dist', 'isclose']
pairs = [(1, 2), (0.0, -0.0), (-1, 0.5), (2, 1000), (0, -1), (0.0, 0.0), (5, 3), (5, 0), (-5.5, 2),
         (float('inf'), 1), (1, float('inf')), (float('nan'), 0), (1, float('nan')), (1e308, 1e308), (-2, -3), (7, 2.5)]
for name in two:
    f = getattr(math, name)
    r = []
    for a, b in pairs:
        try:
            if name == 'dist':
                r.append(repr(f((a, b), (b, a))))
            else:
                r.append(repr(f(a, b)))
        except Exception as e:
            r.append(type(e).__name__ + ': ' + str(e))
    print(name, ' | '.join(r))
t(lambda: math.ldexp(1.5, 3))
t(lambda: math.ldexp(1.0, 5000))
t(lambda: math.ldexp(1.0, -5000))
t(lambda: math.ldexp(1.0, 10**30))
t(lambda: math.ldexp(1.0, -10**30))
t(lambda: math.ldexp(1.0, 1.5))
t(lambda: math.ldexp(float('inf'), -5))
t(lambda: math.log(8, 2))
t(lambda: math.log(10**400, 10))
t(lambda: math.log(1, 1))
t(lambda: math.log(0))
t(lambda: math.log(-(10**400)))
t(lambda: math.log10(10**400))
t(lambda: math.log2(2**2000))
t(lambda: math.log())
t(lambda: math.log(1, 2, 3))
t(lambda: math.sqrt())
t(lambda: math.sqrt('a'))
t(lambda: math.atan2(1))
t(lambda: math.floor('x'))
t(lambda: math.trunc('x'))
t(lambda: math.ceil(float('inf')))
t(lambda: math.floor(float('nan')))
class Fl:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'trunced'
    def __float__(self):
        return 2.5
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.sqrt(Fl()), math.floor(2**100), math.ceil(-2.5), math.trunc(-2.7))
t(lambda: math.isclose(1))
t(lambda: math.isclose(1, 2, 3))
t(lambda: math.isclose(1, 2, rel_tol=-1))
t(lambda: math.isclose(1, 2, foo=-1))
t(lambda: math.isclose(1, 1.0000000001))
t(lambda: math.isclose(1, 1.1, rel_tol=0.2))
t(lambda: math.isclose(0, 1e-10, abs_tol=1e-9))
t(lambda: math.isclose(math.inf, math.inf))
t(lambda: math.hypot())
t(lambda: math.hypot(-5))
t(lambda: math.hypot(3, 4, 12))
t(lambda: math.hypot(1e308, 1e308))
t(lambda: math.hypot(1e-320, 1e-320))
t(lambda: math.hypot(*range(1, 30)))
t(lambda: math.dist([1], [1, 2]))
t(lambda: math.dist(1, 2))
t(lambda: math.dist(range(20), [0.5] * 20))
import random
r = random.Random(11)
for _ in range(200):
    xs = [r.uniform(-1e3, 1e3) for _ in range(r.randint(2, 5))]
    print(math.hypot(*xs), math.dist(xs, [0.25] * len(xs)))
for _ in range(100):
    x = r.uniform(0.01, 170)
    print(math.gamma(x), math.lgamma(x), math.gamma(-x) if x != int(x) else 0, math.lgamma(-x))
