# generators and coroutines: finalization runs their finally blocks, also
# when they are part of a cycle
import gc

def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

gc.disable()
g = gen("refcount")
next(g)
del g
print("after refcount")

g = gen("cycle")
next(g)
holder = [g]
g.gi_frame.f_locals  # touch the frame
holder.append(holder)
del g, holder
print("collected", gc.collect() > 0)

# a generator that refers to itself through a local
def selfish():
    me = yield
    try:
        yield me
    finally:
        print("finally selfish")
s = selfish()
next(s)
s.send(s)
del s
print("collected", gc.collect() > 0)

# never started: nothing to run
g = gen("unstarted")
del g
print("unstarted gone")

# finished: nothing to run either
g = gen("finished")
print(list(g))
del g

# a generator whose finally raises: ignored, printed
from capture import Capture
def bad():
    try:
        yield
    finally:
        raise ValueError("in finally")
with Capture() as cap:
    b = bad()
    next(b)
    del b
cap.show()
gc.enable()
