# sys.getsizeof of lists after each kind of operation (CPython 3.11's growth)
import sys
g = sys.getsizeof
print(g([]), g([1]), g([1, 2]), g([1, 2, 3]), g([1, 2, 3, 4, 5]), g([None] * 7))
print(g(list()), g(list(range(3))), g(list((1, 2, 3))), g(list([1, 2, 3])), g(list('abcde')))
a = [1, 2, 3]
print(g(a[:]), g(a.copy()), g(a * 2), g(a + a), g([0] * 5), g(sorted(a)), g(list(x for x in a)))
l = []
sizes = []
for i in range(70):
    l.append(i)
    sizes.append(g(l))
print(sizes)
sizes = []
while l:
    l.pop()
    sizes.append(g(l))
print(sizes)
l = [1, 2, 3]; l.extend([4]); print(g(l))
l = [1, 2, 3]; l.extend(range(10)); print(g(l))
l = []; l.extend(range(10)); print(g(l))
l = []; l.extend(iter(range(10))); print(g(l))
l = [x for x in range(10)]; print(g(l))
l = [x for x in range(100)]; print(g(l))
l = list(range(100)); print(g(l)); del l[50:]; print(g(l)); l.pop(); print(g(l))
l = list(range(10)); l.insert(0, 1); print(g(l))
l = [1, 2, 3]; l *= 3; print(g(l)); l += [1]; print(g(l)); l *= 0; print(g(l))
l = []; l[:] = range(5); print(g(l))
l = [1, 2]; l[1:1] = [5, 6, 7]; print(g(l))
l = list(range(16)); l[::2] = range(8); print(g(l)); del l[::2]; print(g(l))
l = list(range(16)); l.clear(); print(g(l)); l.append(1); print(g(l))
l = list(range(30)); l.sort(); l.reverse(); print(g(l))
l = [1]; l.remove(1); print(g(l))
print(g([[]] * 10), g([[] for _ in range(10)]), g(list({1: 2, 3: 4})), g(list({1, 2, 3})))
print([].__sizeof__(), [1, 2, 3].__sizeof__())
