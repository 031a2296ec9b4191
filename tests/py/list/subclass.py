# subclasses of list
class L(list):
    def first(self):
        return self[0]

l = L([3, 1, 2])
print(l, type(l).__name__, l.first(), len(l), isinstance(l, list))
print(type(l[:]).__name__, type(l + [1]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
l.append(4)
l.sort()
print(l, l == [1, 2, 3, 4], [1, 2, 3, 4] == l)
l += [5]
print(type(l).__name__, l)
class Loud(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
    def __len__(self):
        return 99
x = Loud([1, 2])
print(x[0], len(x), list(x), x[:1])
class WithInit(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = 'tagged'
w = WithInit('ab')
print(w, w.tag)
w.__init__([9])
print(w)
