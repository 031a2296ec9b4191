# list iterators
l = [1, 2, 3]
it = iter(l)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
l.append(4)
print(list(it), list(it))
l = [1, 2, 3]
r = reversed(l)
print(type(r).__name__, r.__length_hint__(), next(r), list(r), list(r))
out = []
l = [1, 2, 3]
for x in l:
    out.append(x)
    if x == 1:
        l.append(10)
print(out)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
print(list(enumerate(['a', 'b'])), list(zip([1, 2], 'ab')))
it = iter([1, 2])
print(iter(it) is it, list(it))
print(sum(x for x in [1, 2, 3]), any([0, 1]), all([]))
