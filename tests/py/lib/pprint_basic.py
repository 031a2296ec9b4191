import pprint
from collections import OrderedDict, defaultdict, Counter, deque
data = {"name": "refpy", "versions": list(range(30)), "nested": {"z": [1, 2, {"deep": ("a", "b") * 10}], "a": None},
        "text": "a fairly long string that will certainly not fit within the usual eighty columns of output"}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
pprint.pp({"b": 1, "a": 2})
pprint.pprint(("x" * 50, "y" * 50))
pprint.pprint({1, 3, 2, 10, 22, 33, 44, 55, 66, 77, 88, 99, 111, 222, 333, 444, 555, 666, 777, 888})
pprint.pprint(frozenset(range(25)))
l = [1, 2]
l.append(l)
print(pprint.pformat(l).split(" with id")[0])
print(pprint.saferepr(l).split(" with id")[0], pprint.isrecursive(l), pprint.isreadable([1, "a"]))
print(pprint.pformat([[1] * 30, [2] * 30], indent=4))
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
pprint.pprint(defaultdict(list, {k: [k] * 5 for k in "abcdefgh"}))
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"))
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint({"key": "word " * 40})
pprint.pprint([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(6)], depth=2)
