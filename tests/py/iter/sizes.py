# sys.getsizeof of iterators and views
import sys
g = sys.getsizeof
print(g(iter([])), g(iter(())), g(iter(range(3))), g(iter(range(2 ** 70))), g(iter(set())), g(iter({})), g(iter('')) > 0)
print(g(reversed([])), g(reversed(range(3))), g(reversed({})), g(enumerate([])), g(reversed(())), g(zip()), g(zip([], [])))
print(g(map(len, [])), g(filter(None, [])), g({}.keys()), g({}.values()), g({}.items()), g(range(10)), g(slice(1, 2)))
class S:
    def __getitem__(self, i):
        raise IndexError
print(g(iter(S())), g(iter(int, 0)))
