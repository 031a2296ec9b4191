# an exception in __del__ is printed ("Exception ignored in: ...") and the
# program goes on
import gc
from capture import Capture

class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        raise ValueError("bad " + self.name)

gc.disable()
with Capture() as cap:
    b = Bad("refcount")
    del b
print("after refcount death")
cap.show()

with Capture() as cap:
    x = Bad("x"); y = Bad("y")
    x.y = y; y.x = x
    del x, y
    print("collected", gc.collect())
cap.show()

class KeyErr:
    def __del__(self):
        {}["missing"]
with Capture() as cap:
    k = KeyErr()
    del k
cap.show()

class Nested:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("while handling")
with Capture() as cap:
    n = Nested()
    del n
cap.show()

# the exception being handled is not disturbed by a __del__ that fails
try:
    try:
        raise KeyError("outer")
    finally:
        with Capture() as cap:
            b = Bad("inside finally")
            del b
except KeyError as e:
    print("still", repr(e))
cap.show()

# __del__ raising SystemExit does not exit
class Exit:
    def __del__(self):
        raise SystemExit(3)
with Capture() as cap:
    e = Exit()
    del e
print("not exited")
cap.show()
gc.enable()
