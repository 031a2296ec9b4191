import gc

class Cup:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Cup("a")
b = a
del a
print("a deleted")
del b
print("b deleted")

def f():
    c = Cup("local")
    return 1
f()
print("after f")

x = Cup("x")
x = Cup("y")
print("rebound")

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("collect", self.name)

n1 = Node("n1")
n2 = Node("n2")
n1.other = n2
n2.other = n1
del n1, n2
print("unreachable", gc.collect())

saved = []
class Phoenix:
    def __del__(self):
        print("resurrect")
        saved.append(self)
p = Phoenix()
del p
print(len(saved))
saved.clear()
print("cleared again")
del x
print("end")
