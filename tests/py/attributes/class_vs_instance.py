class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(self.count)

a = Counter()
b = Counter()
print(Counter.count, a.count, b.items is a.items, Counter.items)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)

class Shadow:
    def method(self):
        return "method"
s = Shadow()
s.method = lambda: "instance attr"
print(s.method(), Shadow().method())
del s.method
print(s.method())

class Prop:
    @property
    def p(self):
        return "property"
q = Prop()
q.__dict__["p"] = "dict value"
print(q.p)
