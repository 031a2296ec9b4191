# keys/values/items views: live, set-like, ordered
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, ('a',) in i)
d['d'] = 4
del d['a']
print(list(k), list(v), list(i), len(v))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
x = {1: 'a', 2: 'b', 3: 'c'}
y = {2: 'b', 3: 'z', 4: 'd'}
print(x.keys() & y.keys(), x.keys() | y.keys(), x.keys() - y.keys(), x.keys() ^ y.keys())
print(x.items() & y.items(), sorted(x.items() - y.items()), sorted(x.items() ^ y.items()))
print(x.keys() & [1, 5], [1, 5] & x.keys(), x.keys() | [9], [9] | x.keys(), x.keys() - [1], [1, 7] - x.keys(), x.keys() ^ [1, 8])
print(x.keys() & {2, 3, 4, 5, 6}, {2: 0}.keys() & x.keys(), x.keys() & {2: 0}.keys())
print(x.keys() == {1, 2, 3}, x.keys() == [1, 2, 3], x.keys() < {1, 2, 3, 4}, x.keys() <= {1, 2, 3}, x.keys() > {1}, x.keys() >= x.keys())
print(x.items() == {(1, 'a'), (2, 'b'), (3, 'c')}, x.keys() != y.keys(), x.values() == x.values())
print(x.keys().isdisjoint([4, 5]), x.keys().isdisjoint({1}), x.items().isdisjoint([(1, 'a')]), x.keys().isdisjoint(x.keys()))
print({}.keys(), {}.values(), {}.items(), repr({1: {}}.values()))
r = {}
r[1] = r.keys()
print(r)
try:
    hash({}.keys())
except TypeError as e:
    print("TypeError:", e)
print(hash(x.values()) == hash(x.values()))
it = iter(x.items())
first = next(it)
print(first, next(it), next(it), list(it))
print(list(iter(x.values())), sum(x.keys()), sorted(x.values()))
print(x.keys().__len__(), x.items().__contains__((1, 'a')))
m = x.keys().mapping
print(type(m).__name__, m[1], dict(m) == x, x.items().mapping == x, len(x.values().mapping))
try:
    m[5] = 1
except TypeError as e:
    print("TypeError:", e)
