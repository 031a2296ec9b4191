# sys.getsizeof of tuples: 40 + 8 per item, whatever made them
import sys
g = sys.getsizeof
print(g(()), g((1,)), g((1, 2)), g((1, 2, 3)), g(tuple(range(10))), g(tuple(x for x in range(15))))
print(g((1, 2) + (3,)), g((1, 2) * 3), g((1, 2, 3)[1:]), g(tuple([1, 2])), g(tuple('abcd')))
print(().__sizeof__(), (1, 2).__sizeof__())
class T(tuple):
    pass
print(g(T()), g(T((1, 2))))
