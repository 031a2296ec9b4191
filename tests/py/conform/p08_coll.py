from collections import defaultdict, Counter, deque, OrderedDict, namedtuple, ChainMap
import itertools, dataclasses, enum, heapq, bisect, operator, json
from dataclasses import dataclass, field

words = "the cat sat on the mat the end".split()
cnt = Counter(words)
print(cnt, cnt.most_common(2), cnt["the"], cnt["dog"], sorted(cnt.elements())[:4])
cnt.update(["cat", "cat"]); print(cnt["cat"], cnt + Counter(a=1), cnt - Counter(the=5))
groups = defaultdict(list)
for w in words: groups[len(w)].append(w)
print(dict(groups), groups.default_factory)
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); print(dq, dq.popleft(), dq.pop(), dq); dq.rotate(1); print(dq, list(reversed(dq)))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); print(od, list(od), od.popitem(last=False))
Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(1); q = p._replace(y=5)
print(p, q, q.x, q._asdict(), Point._fields, p + q, isinstance(p, tuple), Point._make([7, 8]))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), dict(cm))

print(list(itertools.chain([1, 2], "ab")), list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 3)))
print(list(itertools.product("ab", repeat=2)), list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul)))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.repeat("x", 3)), list(itertools.compress("abcdef", [1, 0, 1])), list(itertools.pairwise([1, 2, 3, 4])), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.filterfalse(None, [0, 1, 2])), [list(t) for t in itertools.tee([1, 2], 2)], list(itertools.islice(itertools.cycle("ab"), 5)))

@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
    def label(self): return f"{self.name}#{self.priority}"
items = [Item(3, "c"), Item(1, "a", ["x"]), Item(2, "b")]
print(sorted(items), items[0] == Item(3, "zzz"), dataclasses.asdict(items[1]), dataclasses.astuple(items[2]))
print([f.name for f in dataclasses.fields(Item)], Item.__dataclass_fields__["name"].compare)
@dataclass(frozen=True)
class Frozen:
    a: int
    b: float = 1.5
fz = Frozen(1)
try:
    fz.a = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
print(fz, hash(fz) == hash(Frozen(1)), dataclasses.replace(fz, b=2.0))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color), len(Color))
print(Perm.R | Perm.W, Perm(7), Perm.R in Perm(6), int(Perm.X | Perm.R), Color.RED is Color(1), Color.RED == 1)
class Auto(enum.Enum):
    A = enum.auto(); B = enum.auto()
print(Auto.A.value, Auto.B.value, {c.name: c.value for c in Auto})
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(2, [5, 1, 8]))
heapq.heappush(h, 0); print(h, [heapq.heappop(h) for _ in range(len(h))])
s = [1, 3, 3, 5, 7]; print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4)); bisect.insort(s, 4); print(s)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), operator.attrgetter("x")(p), operator.add(2, 3))
data = {"name": "refpy", "ver": [3, 11], "ok": True, "none": None, "pi": 3.14, "nested": {"k": "é\n"}}
js = json.dumps(data); print(js); print(json.loads(js) == data, json.dumps(data, indent=2, sort_keys=True))
print(json.loads('[1, 2.5, "x", {"a": null}, true]'), json.dumps("ü", ensure_ascii=False), json.dumps([1, (2, 3)]))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("json error:", e)
