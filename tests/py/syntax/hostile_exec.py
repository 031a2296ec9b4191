# deep nesting through exec/eval/compile: CPython's errors, and the
# compiler's recursion limit follows the Python depth and the recursion limit
import sys
def f(n):
    try:
        exec("x = " + "(" * 150 + "1" + ")" * 150)
        print("ok", n)
        exec("x = " + "[" * 199 + "]" * 199)
        print("ok2")
        exec("x = " + "-" * 3000 + "1")
    except BaseException as e:
        print(type(e).__name__, e)
f(1)
def g(k):
    if k:
        return g(k - 1)
    return f(2)
g(50)
try:
    eval("(" * 1000000)
except SyntaxError as e:
    print(e)
try:
    eval("-" * 100000 + "1")
except BaseException as e:
    print(type(e).__name__, e)
def t(n):
    src = 'x = 1\nif x: pass\n' + 'elif x: pass\n' * n
    try:
        compile(src, 'f', 'exec')
        return 'ok'
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
for n in (2988, 2989, 2990, 5966, 5967):
    print(n, t(n))
sys.setrecursionlimit(200)
for n in (590, 591, 600):
    print(n, t(n))
sys.setrecursionlimit(1000)
sys.set_int_max_str_digits(5000)
x = int("1" * 4500)
print(len(str(x)))
exec("y = " + "1" * 4999)
print(len(str(y)))
try:
    exec("y = " + "1" * 5001)
except SyntaxError as e:
    print(e.msg, e.offset, e.end_offset, e.text[:10])
