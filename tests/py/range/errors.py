# range error messages
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s, fl = 'a', 1.5
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1.0))
t(lambda: range(s))
t(lambda: range(1, fl))
t(lambda: range(1, 2, 0))
t(lambda: range(x=1))
t(lambda: range(10)[20])
t(lambda: range(10)[-11])
t(lambda: range(10)[s])
t(lambda: range(10)[fl])
t(lambda: range(10)[::0])
t(lambda: range(10).index(20))
t(lambda: range(10).index(s))
t(lambda: range(10).index(2.0))
t(lambda: range(10).count())
t(lambda: len(range(2 ** 64)))
t(lambda: range(3) < range(4))
t(lambda: range(3) + range(4))
t(lambda: range(3) * 2)
t(lambda: range(0)[0])
def assign(r):
    r[0] = 1
t(lambda: assign(range(3)))
t(lambda: range(2 ** 100)[2 ** 100])
