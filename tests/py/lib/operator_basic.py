import operator as m
print(m.itemgetter(1)([1, 2]), m.itemgetter(0, 1)("ab"), m.attrgetter("real", "denominator")(3), m.methodcaller("split", ",")("a,b"))
print(repr(m.itemgetter(1, "x")), repr(m.attrgetter("a.b")), repr(m.methodcaller("f", 1, k=2)))
print(m.add(1, 2), m.iadd([1], [2]), m.lt(1, 2), m.inv(1), m.invert(1), m.concat([1], [2]), m.and_(3, 1), m.not_(0), m.truth([]))
print(m.__add__(1, 2), m.__mul__(3, 4), m.__getitem__([5, 6], 1), m.contains([1], 1), m.countOf([1, 1, 2], 1), m.indexOf("abc", "c"))
try:
    m.concat(1, 2)
except TypeError as e:
    print(e)
print(m.length_hint(iter([1, 2, 3])), m.length_hint(object(), 7), m.index(5), m.is_(None, None), m.is_not(1, None))
l = [1, 2]
m.setitem(l, 0, 9)
m.delitem(l, 1)
print(l)
print(sorted([(1, "b"), (0, "c")], key=m.itemgetter(1)))
