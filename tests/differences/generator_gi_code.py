# A finished generator's gi_code is None in refpy; CPython keeps the code.
#
# CPython 3.11's generator object owns its code (gi_code) for its whole
# life, so gen.gi_code is the function's code even after the generator
# finished, and gc.get_referents(gen) starts with it (gen_traverse visits
# gi_code, then the frame, whose traversal visits the code again).
# refpy's generator reaches its code through its frame only: the word
# CPython spends on gi_code holds the frame's slot count (so that
# sys.getsizeof agrees), and once the frame is cleared gi_code is None.
# Giving the generator a gi_code slot of its own needs a slot elsewhere in
# the header to keep the sizes equal.
#
# CPython prints:   ['code', 'str', 'str', 'function', 'code'] / True
# refpy prints:     ['str', 'str', 'function', 'code'] / False
import gc

def g():
    yield 1

x = g()
print([type(r).__name__ for r in gc.get_referents(x)])
list(x)
print(x.gi_code is g.__code__)
