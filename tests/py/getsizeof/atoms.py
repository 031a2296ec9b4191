import sys

for v in [0, 1, -1, 255, 2**30 - 1, 2**30, 2**60, 2**90, -2**100, True, False]:
    print(repr(v)[:20], sys.getsizeof(v))
for v in [0.0, 1.5, float("inf")]:
    print(v, sys.getsizeof(v))
print(sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
