# set error messages
def t(f):
    try:
        print("ok", repr(f()))
    except KeyError as e:
        print("KeyError:", e, e.args)
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: set().pop())
t(lambda: {1}.remove(2))
t(lambda: {1}.remove((1, 2)))
t(lambda: {1}.remove({2}))
t(lambda: {1}.remove([]))
t(lambda: {1}.add([]))
t(lambda: {[]})
t(lambda: set([[1]]))
t(lambda: {1}.discard([]))
t(lambda: {1}.discard({1}))
t(lambda: [] in {1})
t(lambda: {1} in {1})
t(lambda: {1} | [2])
t(lambda: {1} & 2)
t(lambda: {1} - 'a')
t(lambda: {1} ^ None)
t(lambda: {1} < [1])
t(lambda: {1} <= 1)
t(lambda: {1}.issubset(1))
t(lambda: {1}.issuperset(1))
t(lambda: {1}.isdisjoint(1))
t(lambda: {1}.union(1))
t(lambda: {1}.update(1))
t(lambda: {1}.union(x=1))
t(lambda: set(1, 2))
t(lambda: set(x=1))
t(lambda: frozenset(x=1))
t(lambda: frozenset(1, 2))
t(lambda: set(1))
t(lambda: hash(set()))
t(lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
t(lambda: frozenset({1}).add(2))
t(lambda: {1}.pop(1))
def change_during():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(change_during)
def change_same_size():
    s = {1, 2, 3}
    out = []
    for x in s:
        out.append(x)
        if x == 1:
            s.discard(1)
            s.add(100)
    return out
t(change_same_size)
