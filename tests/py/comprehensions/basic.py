print([x * 2 for x in range(5) if x % 2 == 0])
print({x: x * x for x in range(4)})
print({x % 3 for x in range(10)})
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
x = "outer"
print([x for x in range(2)], x)
print(sum(i for i in range(10) if i > 5))
# walrus in comprehension binds in the enclosing scope
data = [1, 2, 3, 4]
print([y for v in data if (y := v * 2) > 4], y)
def f():
    total = 0
    res = [total := total + v for v in range(5)]
    return res, total
print(f())
# comprehension scoping: class body names are not visible
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
class K2:
    n = 3
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        print("NameError", e)
# nested generator expressions
print(list((a, b) for a in range(2) for b in (a, a + 1)))
g = (lambda: [i for i in range(3)])
print(g())
print([c.upper() for c in "abc"], {k: v for k, v in zip("ab", (1, 2))})
print([x for x in [y for y in range(3)]])
print([i for i in range(3)][-1])
