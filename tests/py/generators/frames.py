import sys
def g():
    x = 1
    yield sys._getframe().f_code.co_name
    yield x
gen = g()
print(gen.gi_frame.f_lineno, next(gen), gen.gi_frame.f_lineno, gen.gi_frame.f_locals)
print(gen.gi_code.co_name, gen.gi_suspended if hasattr(gen, "gi_suspended") else None)
print(list(gen), gen.gi_frame)

def lazy(seq):
    for s in seq:
        print("producing", s)
        yield s
for v in lazy("ab"):
    print("consumed", v)

class Tracked:
    def __del__(self):
        print("del Tracked")
def holder():
    t = Tracked()
    yield 1
    yield 2
h = holder()
next(h)
del h
print("after del h")
