import copy

# complex numbers are atoms too (kept apart: refpy's complex support is separate)
for a in [1j, 2 + 3j, complex(0, -1)]:
    print(type(a).__name__, copy.copy(a) is a, copy.deepcopy(a) is a)
