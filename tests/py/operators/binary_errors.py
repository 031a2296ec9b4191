def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: 1 + "a")
show(lambda: "abc" + 1)
show(lambda: [1] + (1,))
show(lambda: (1,) + [1])
show(lambda: [1] * 1.5)
show(lambda: "a" * "b")
show(lambda: None + 1)
show(lambda: 1 - "x")
show(lambda: {} | 1)
show(lambda: 2 ** "x")
show(lambda: pow("a", 2))
show(lambda: pow(2, "a", 3))
show(lambda: divmod("a", 1))
show(lambda: "a" @ 1)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: [] < 1)
show(lambda: 1 >= "a")
show(lambda: print >> 1)
show(lambda: -"a")
show(lambda: +[])
show(lambda: ~1.5)
show(lambda: abs("a"))
def iadd():
    x = "a"
    x -= 1
show(iadd)
def itup():
    x = (1,)
    x += [2]
show(itup)
def ilist():
    x = [1]
    x += (2,)
    return x
show(ilist)
def imul():
    x = [1]
    x *= 2
    return x
show(imul)
show(lambda: 3 * [0])
show(lambda: [0] * -1)
show(lambda: "ab" * 2)
