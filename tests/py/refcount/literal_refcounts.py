# the compiler keeps one reference to each literal while the program runs
# (CPython: the AST arena of a program read as text), and equal tuples of
# constants are shared between code objects
import sys
a = 1000
b = 1000
print(sys.getrefcount(a), a is b)
s1 = "hello world"
s2 = "hello world"
print(sys.getrefcount(s1), s1 is s2)
n1 = "alice"
n2 = "alice"
print(sys.getrefcount(n1))
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(sys.getrefcount(t1), t1 is t2)
f1 = 2.5; f2 = 2.5
print(sys.getrefcount(f1))
c = 1000 * 3
print(sys.getrefcount(c))
neg = -12345
print(sys.getrefcount(neg))
fs = 3 in {1, 2, 3}
for v in (70000, 80000):
    print(sys.getrefcount(v))
lst = [300000, 400000]
print(sys.getrefcount(lst[0]))
d = {"key": 123456}
print(sys.getrefcount(d["key"]))
bs = b"bytes here"
print(sys.getrefcount(bs))
cx = 3j
print(sys.getrefcount(cx))
print(eval("sys.getrefcount(55555)"))
exec("q = 66666\nprint(sys.getrefcount(q))")
g = {}
exec(compile("import sys\nq = 77777\nprint(sys.getrefcount(q))", "<s>", "exec"), g)
def f(x=99999):
    return sys.getrefcount(x)
print(f())
class K:
    attr = 4444444
print(sys.getrefcount(K.attr))
long_s = "x" * 5000
print(sys.getrefcount(long_s))
fmt = f"{a}-{b}"
print(sys.getrefcount(fmt))
doc = """doc string"""
print(sys.getrefcount(doc))
