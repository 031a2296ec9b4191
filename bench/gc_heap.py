# The cycle collector on a large heap: 1,000,000 tracked objects, cycles.
import gc
import time


class Pair:
    def __init__(self):
        self.other = None


def main():
    keep = [[i] for i in range(1000000)]
    t0 = time.perf_counter()
    gc.collect()
    t1 = time.perf_counter()
    for i in range(200000):
        a = Pair()
        b = Pair()
        a.other = b
        b.other = a
    found = gc.collect()
    print(len(keep), found >= 0, t1 - t0 >= 0)


main()
