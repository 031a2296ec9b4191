# dict basics: creation, order, methods
d = {'b': 1, 'a': 2}
d['c'] = 3
print(d, len(d), d['a'], 'b' in d, 'z' in d, list(d))
print(dict(), dict(a=1, b=2), dict({'x': 1}), dict([('k', 'v'), ['k2', 'v2']]), dict({'x': 1}, y=2), dict([(1, 2)], x=3))
print(dict(zip('abc', range(3))), {i: i * i for i in range(5)}, dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print(d.get('a'), d.get('z'), d.get('z', 'dflt'), d.setdefault('a', 9), d.setdefault('n', []), d)
print(d.pop('n'), d.pop('zz', None), d)
print(d.popitem(), d.popitem(), d)
d.update({'q': 1}, r=2)
d.update([('s', 3)])
d.update(t=4)
print(d)
c = d.copy()
c['new'] = 0
print(d, c, c is d)
d.clear()
print(d, len(d))
d = {}
for k in [3, 1, 2]:
    d[k] = str(k)
del d[1]
d[1] = 'again'
d[3] = 'replaced'
print(d, list(d.keys()), list(d.values()), list(d.items()))
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 1, False: 2}, {(1, 2): 3}[1, 2])
nested = {'a': {'b': {'c': 1}}}
print(nested['a']['b']['c'], nested)
r = {}
r['self'] = r
print(r, {1: r})
print(repr({}), repr({'a': 'b'}), str({1: [2, {3: 4}]}), {None: None, 2.5: -1})
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {1: 1}, {1: 2} == [(1, 2)])
nan = float('nan')
print({nan: 1}[nan] if nan in {nan: 1} else 'miss', {1: nan} == {1: nan}, {1: [nan]} == {1: [nan]})
print(reversed({1: 2, 3: 4}).__class__.__name__, list(reversed({1: 2, 3: 4})), list(reversed({}.keys())))
d = {'a': 1}
d |= {'b': 2}
d |= [('c', 3)]
print(d, d | {'a': 0}, {'z': 0} | d)
print(sorted({3: 1, 1: 2}), max({3: 1, 1: 2}), sum({1: 0, 2: 0}))
x = {}
x[1] = x[2] = 'v'
print(x, len({k: None for k in 'aabbc'}))
print(d.__len__(), d.__getitem__('a'), d.__contains__('b'), d.__sizeof__() > 0)
print(dict.fromkeys(range(3)), dict.fromkeys({1: 2, 3: 4}, 'v'), dict.fromkeys({5, 6}))
