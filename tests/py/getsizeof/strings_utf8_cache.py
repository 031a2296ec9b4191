# CPython keeps a str's UTF-8 form once PyUnicode_AsUTF8AndSize made it
# (exec/eval/compile of a str, a class's name and doc), and getsizeof
# counts those bytes; most operations do not make it.
import sys
g = sys.getsizeof

class Café:
    "d\u00e9j\u00e0 vu"
print(g(Café.__name__), g(Café.__doc__), g(Café.__qualname__))
class Euro:
    "\u20ac sign \U0001f600"
print(g(Euro.__doc__))
T = type("T\u00e9", (), {"__doc__": "\u0101\u0102"})
print(g(T.__name__), g(T.__doc__))
n = "N\u00e9w" + "name"
print(g(n))
T.__name__ = n
print(g(n), g(T.__name__))
for src in ["1 + 1 # \u00e9", "'\u20ac' * 2", "'\U0001f600'", "'ascii only'"]:
    before = g(src)
    eval(src)
    print(before, g(src))
src = "z = '\u00e9' # comment \u20ac"
exec(src); print(g(src))
src = "w = 1 # \u00e9\u00e9"
compile(src, "<s>", "exec"); print(g(src))
src = "v = 2 # \u00e9"
exec(compile(src.encode(), "<b>", "exec")); print(g(src))
# these do not keep a UTF-8 form
s = "\u00e9t\u00e9" * 3
s.encode(); s.encode("utf-8"); str(s); repr(s); hash(s); s.upper(); s.find("t")
print(g(s))
d = {s: 1}; d[s]; print(g(s))
class O: pass
o = O(); setattr(o, s, 1); getattr(o, s); print(g(s))
print(g(s + "x"), g(s[1:]), g(s * 2))
x = "\u20ac"; x += "a"; print(g(x))
y = "\u00e9x"; eval(repr(y)); print(g(y))
class S(str): pass
u = S("'\u00e9\u00e9'"); print(g(u)); eval(u); print(g(u))
