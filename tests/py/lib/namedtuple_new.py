from collections import namedtuple
P = namedtuple("P", "x y", defaults=[5])
print(P(1), P(1, 2), P(y=3, x=4), P.__new__.__qualname__, P.__new__.__doc__, P.__new__.__defaults__, P.__new__.__module__)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"z": 2})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)
Q = namedtuple("Q", ["a"])
print(Q(1), Q._make([2]), Q(a=3)._replace(a=4))
R = namedtuple("R", "def class", rename=True); print(R(1, 2))
