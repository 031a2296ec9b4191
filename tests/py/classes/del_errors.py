class Bad:
    def __del__(self):
        raise ValueError("in del")
b = Bad()
del b
print("after del")
class Slow:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
items = [Slow(1), Slow(2), Slow(3)]
del items
print("list gone")
d = {"a": Slow("a"), "b": Slow("b")}
d = None
print("dict gone")
