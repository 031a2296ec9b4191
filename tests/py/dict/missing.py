# dict subclasses: __missing__, overridden methods
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c['a'] += 1
c['a'] += 1
print(c, c['zz'], 'zz' in c, c.get('zz'), len(c))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
a = Auto()
a['x']['y']['z'] = 1
print(a, type(a['x']).__name__)
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k)
        dict.__setitem__(self, k, v)
l = Loud()
l['a'] = 1
l.update(b=2)
l.setdefault('c', 3)
print(l, type(l.copy()).__name__, l == {'a': 1, 'b': 2, 'c': 3})
class Raising(dict):
    def __missing__(self, key):
        raise LookupError('missing ' + repr(key))
try:
    Raising()['q']
except LookupError as e:
    print("LookupError:", e)
class NoMissing(dict):
    pass
try:
    NoMissing()['q']
except KeyError as e:
    print("KeyError:", e)
print(NoMissing(a=1), NoMissing([(1, 2)]), repr(NoMissing()))
import collections
dd = collections.defaultdict(list)
dd['k'].append(1)
print(dd['k'], dict(dd))
class Keys(dict):
    def keys(self):
        return ['only']
    def __getitem__(self, k):
        return 'v'
print(dict(Keys(a=1, only=2)), {**Keys(a=1)})
