# a finalizer may allocate, build new cycles and even collect
import gc

created = []
class Maker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        if self.name.count("+") < 2:
            m = Maker(self.name + "+")
            m.me = m
            created.append(len(created))

gc.disable()
m = Maker("m")
m.me = m
del m
print("collected", gc.collect())
print("collected", gc.collect())
print("collected", gc.collect())
print(created)

class Collector:
    def __del__(self):
        print("del Collector, nested collect:", gc.collect())
c = Collector(); c.me = c
del c
print("collected", gc.collect())
gc.enable()
