# dict(...) sets its keyword arguments one by one, while a dict subclass's
# __init__ (dict_init) and d.update(...) merge them as one dict: the sizes
# differ once a merge resizes the table at once.
import sys
g = sys.getsizeof
class D(dict): pass
class E(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
for n in range(0, 90):
    items = {('k%d' % i): i for i in range(n)}
    d = {'a': 1, 'b': 2}
    d.update(**items)
    y = D({'q': 1}); dict.__init__(y, **items)
    e = E({'q': 1}, **items)
    print(n, g(dict(**items)), g(D(**items)), g(d), g(D({'q': 1}, **items)), g(dict({'q': 1}, **items)),
          g(e), g(y), g(dict([('q', 1)], **items)), list(e) == ['q'] + list(items), list(y.values())[-1:])
for n in (5, 20, 21, 84):
    src = 'D({"q": 1}, ' + ', '.join('k%d=%d' % (i, i) for i in range(n)) + ')'
    print(n, g(eval(src)), g(eval(src.replace('D(', 'dict(', 1))))
