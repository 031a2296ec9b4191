import sys

print(sys.getsizeof(1j), sys.getsizeof(complex(1.5, -2)))
