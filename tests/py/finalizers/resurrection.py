# resurrection: a finalizer making the cycle reachable again keeps every
# object of the cycle alive, and nothing is cleared
import gc

saved = []
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        if self.name == "a":
            saved.append(self)

gc.disable()
a = A("a"); b = A("b"); c = A("c")
a.next = b; b.next = c; c.next = a
del a, b, c
print("collected", gc.collect())
s = saved[0]
print(s.name, s.next.name, s.next.next.name, s.next.next.next is s)
print([gc.is_finalized(x) for x in (s, s.next, s.next.next)])
saved.clear()
del s
print("collected again", gc.collect())

# resurrecting only an object outside the cycle: the cycle dies
holder = []
class B:
    def __del__(self):
        holder.append(self.payload)
x = B(); x.payload = ["payload"]; x.me = x
del x
print("collected", gc.collect())
print(holder)

# a finalizer resurrecting a different member than itself
class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        if self.name == "c1":
            saved.append(self.other)
c1 = C("c1"); c2 = C("c2")
c1.other = c2; c2.other = c1
del c1, c2
print("collected", gc.collect())
print(saved[0].name, saved[0].other.name)
saved.clear()
print("collected", gc.collect())

# a resurrected object's __dict__ and attributes are intact
class D:
    def __del__(self):
        saved.append(self)
d = D(); d.data = [1, 2, 3]; d.d = d
del d
gc.collect()
print(saved[0].data, saved[0].d is saved[0])
saved[0].d = None
saved.clear()
print("end")
