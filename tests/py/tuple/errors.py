# tuple error messages
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s, fl = 'a', 1.0
t(lambda: ()[0])
t(lambda: (1,)[1])
t(lambda: (1,)[-2])
t(lambda: (1,)[s])
t(lambda: (1,)[fl])
t(lambda: (1,)[::0])
t(lambda: (1,) + [1])
t(lambda: (1,) + 1)
t(lambda: (1,) * fl)
t(lambda: (1,).index(2))
t(lambda: (1,).index())
t(lambda: (1,).index(1, s))
t(lambda: (1,).count())
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
t(lambda: tuple(x=1))
t(lambda: hash((1, [])))
t(lambda: (1, 'a') < (1, 2))
t(lambda: (1,) < [1])
t(lambda: (1, 2).__setitem__)
def assign(x):
    x[0] = 1
t(lambda: assign((0,)))
def delete(x):
    del x[0]
t(lambda: delete((0,)))
t(lambda: (1,).append(2))
