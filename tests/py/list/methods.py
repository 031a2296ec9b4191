# the list methods
l = []
l.append(1)
l.append([2])
print(l)
l.extend([3, 4])
l.extend((5,))
l.extend(range(6, 8))
l.extend('ab')
l.extend({9: 0})
l.extend(x for x in [10])
l.extend(l[:1])
print(l)
l = [1, 2, 3]
l.extend(l)
print(l)
l = [0, 1, 2]
l.insert(0, 'a')
l.insert(-1, 'b')
l.insert(100, 'c')
l.insert(-100, 'd')
l.insert(2, 'e')
print(l)
l = [1, 2, 3, 2, 1]
l.remove(2)
print(l)
print(l.pop(), l, l.pop(0), l, l.pop(-1), l)
l = [5, 6, 7]
print(l.pop(1), l)
l.clear()
print(l, len(l))
l = ['a', 'b', 'c', 'b', 'a']
print(l.index('b'), l.index('b', 2), l.index('a', 1), l.index('a', -1), l.index('c', 0, 3), l.index('b', -4, -1))
print(l.count('a'), l.count('z'), [1, 1.0, True].count(1), [[1], [1]].count([1]))
l.reverse()
print(l)
c = l.copy()
print(c, c == l, c is l)
c.append('z')
print(l, c)
l = [3, 1, 2]
print(l.sort(), l, l.reverse(), l)
l = [1, 2, 3]
print(l.__len__(), l.__getitem__(1), l.__contains__(2), l.__reversed__().__next__())
print(l.__add__([4]), l.__mul__(2), l.__iadd__([9]), l)
l.__setitem__(0, 'x')
l.__delitem__(1)
print(l, l.__sizeof__() > 40)
print(list.__len__([1, 2]), list.append, [].append.__name__)
