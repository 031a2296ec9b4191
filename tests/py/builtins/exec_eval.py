print(eval("1 + 2"), eval(" \t 3 * 3"), eval("x + 1", {"x": 5}), eval("y", {}, {"y": 7}))
g = {}
exec("a = 5\nb = a * 2", g)
print(g["a"], g["b"], "__builtins__" in g)
ns = {}
exec("def f(): return 42", ns)
print(ns["f"]())
loc = {}
exec("z = 1", {}, loc)
print(loc)
code = compile("q = 9", "<test>", "exec")
d = {}
exec(code, d)
print(d["q"], type(code).__name__)
print(eval(compile("2 ** 5", "<e>", "eval")))
x = 10
def inner():
    y = 3
    return eval("x + y")
print(inner())
exec("print('from exec')")
for call in (lambda: eval(1), lambda: exec(1), lambda: eval("1", 1), lambda: exec("1", 1), lambda: eval("1", {}, 1),
             lambda: compile("1", "f", "bad"), lambda: exec("x", {}, 1), lambda: exec("x = 1", closure=1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("a\0b")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__ + ":", e)
print(eval("__name__"), eval(b"40 + 2"))
src = "result = [i * i for i in range(4)]"
env = {}
exec(src, env)
print(env["result"])
