# iterating a dict that changes
def t(f):
    try:
        print("ok", f())
    except RuntimeError as e:
        print("RuntimeError:", e)

def add_during():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def del_during():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def swap_keys():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[2]
            d[4] = 4
    return seen
def replace_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 10
    return d
def values_change():
    d = {1: 1}
    for v in d.values():
        d[2] = 2
def items_change():
    d = {1: 1}
    for kv in d.items():
        d.pop(1)
def sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    d.pop(3)
    try:
        next(it)
    except RuntimeError as e:
        out.append('still: ' + str(e))
    return out
def reversed_change():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[5] = 5
for f in [add_during, del_during, swap_keys, replace_values, values_change, items_change, sticky, reversed_change]:
    t(f)
d = {1: 1, 2: 2}
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
d = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del d[i]
print(list(d), list(reversed(d)), list(d.items())[:2])
print([(k, v) for k, v in {'x': 1, 'y': 2}.items()], dict(enumerate('ab')))
