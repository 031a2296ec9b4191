# A tour of Python's memory model, one point at a time.
#
# Run it with refpy (`make demo`) and with python3: the output is the same,
# because refpy implements CPython's model - the same objects are shared,
# the same reference counts are seen, the same caches exist.
import copy
import gc
import sys


def section(title):
    print()
    print("== " + title + " " + "=" * (66 - len(title)))


def show(label, value):
    print("  " + label.ljust(50) + " -> " + repr(value))


# ---------------------------------------------------------------------------
section("1. Names are bound to objects; only objects have types")
score = 10
a_score = score
show("type(score).__name__", type(score).__name__)
show("score is a_score  (two names, one object)", score is a_score)
a = 3
kinds = [type(a).__name__]
a = "chai"
kinds.append(type(a).__name__)
a = 3.14
kinds.append(type(a).__name__)
show("the name a, rebound three times, saw types", kinds)
x = 10
y = x
x = 20
show("x = 10; y = x; x = 20; then y", y)
print("  Rebinding a name never changes the object it pointed to.")

# ---------------------------------------------------------------------------
section("2. Every object carries a reference count")
box = []
base = sys.getrefcount(box)
show("sys.getrefcount(box)  (name + the call's own)", base)
alias = box
show("after alias = box: +", sys.getrefcount(box) - base)
holder = [box, box, box]
show("after holder = [box, box, box]: +", sys.getrefcount(box) - base)
del holder
show("after del holder: +", sys.getrefcount(box) - base)
del alias
show("after del alias: +", sys.getrefcount(box) - base)
table = {"k": box}
show("stored as a dict value: +", sys.getrefcount(box) - base)
table["k"] = None
show("value replaced: +", sys.getrefcount(box) - base)


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  (freed " + self.name + ")")


print("  When the count reaches zero the object is freed at once:")
t = Tracked("first")
u = t
del t
print("  del t   -> still referenced by u")
del u
print("  del u   -> the line above shows it was freed immediately")

# ---------------------------------------------------------------------------
section("3. Small ints and short strings are cached")
show("int('256') is int('256')   (-5..256 cached)", int("256") is int("256"))
show("int('257') is int('257')   (a new object each)", int("257") is int("257"))
n = 250
c256 = 256
show("n = 250; n + 6 is 256", n + 6 is c256)
s1 = "chai"
s2 = "chai"
show("'chai' is 'chai'  (identifier-like: interned)", s1 is s2)
built = "".join(["ch", "ai"])
show("''.join(['ch', 'ai']) is 'chai'", built is s1)
show("sys.intern(built) is 'chai'", sys.intern(built) is s1)
empty_s, empty_t = "", ()
show("'' is str()   (one empty string)", empty_s is str())
show("() is tuple()  (one empty tuple)", empty_t is tuple())
f1 = 3.14
f2 = 3.14
show("3.14 is 3.14 in one code block (one constant)", f1 is f2)
show("float('3.14') is float('3.14')", float("3.14") is float("3.14"))

# ---------------------------------------------------------------------------
section("4. Free lists recycle dead objects")
show("id([]) == id([])  (first dies, second reuses it)", id([]) == id([]))
show("id(2.5 * n) == id(3.5 * n)", id(2.5 * n) == id(3.5 * n))
first = id((n, n))
second = id((n, n))
show("a dead tuple's memory is reused by the next", first == second)

# ---------------------------------------------------------------------------
section("5. Immutable objects: every change is a new object")
x = 5
before = id(x)
x += 1
show("x = 5; x += 1; same object as before?", id(x) == before)
s = "chai"
t = s
s += " latte"
show("s += ' latte'; then t", t)
tup = (1, 2)
alias = tup
tup += (3,)
show("tup += (3,); tup is alias", tup is alias)
try:
    alias[0] = 9
except TypeError as e:
    show("alias[0] = 9 raises TypeError", str(e))

# ---------------------------------------------------------------------------
section("6. Mutable objects change in place, for every alias")
my_list1 = [1, 2, 3]
my_list2 = my_list1
my_list1[0] = 33
show("my_list2 after my_list1[0] = 33", my_list2)
l1 = [1, 2, 3]
l2 = [1, 2, 3]
l1[0] = 44
show("l2 (a different list) after l1[0] = 44", l2)
lst = [1, 2, 3]
same = lst
lst += [4]
show("lst += [4] changes in place: same is lst", same is lst)
lst = lst + [5]
show("lst = lst + [5] makes a new list: same is lst", same is lst)
grid = [[0] * 3] * 3
grid[0][0] = 1
show("[[0] * 3] * 3 after grid[0][0] = 1", grid)


def append_to(item, acc=[]):
    acc.append(item)
    return acc


append_to(1)
show("a default list is created once: append_to(2)", append_to(2))

# ---------------------------------------------------------------------------
section("7. Copies: slice, copy.copy, copy.deepcopy")
nested = [[1, 2], [3, 4]]
sliced = nested[:]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
show("sliced  (a new outer list, shared inner)", sliced)
show("shallow (copy.copy: the same)", shallow)
show("deep    (copy.deepcopy: nothing shared)", deep)
show("shallow[0] is nested[0]", shallow[0] is nested[0])
show("deep[0] is nested[0]", deep[0] is nested[0])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
show("deepcopy keeps sharing: dp[0] is dp[1]", dp[0] is dp[1])
loop = [1]
loop.append(loop)
dl = copy.deepcopy(loop)
show("deepcopy survives a cycle: dl[1] is dl", dl[1] is dl)
atoms = (1, "two", 3.0)
show("copy.deepcopy of a tuple of atoms is itself", copy.deepcopy(atoms) is atoms)

# ---------------------------------------------------------------------------
section("8. == compares values, `is` compares identity")
m = [1, 2, 3]
k = [1, 2, 3]
show("m == k", m == k)
show("m is k", m is k)
nan = float("nan")
show("nan == nan", nan == nan)
show("nan in [nan]  (containers check identity first)", nan in [nan])
show("1 == 1.0 == True", 1 == 1.0 == True)
one, yes = 1, True
show("1 is True", one is yes)

# ---------------------------------------------------------------------------
section("9. Cycles need the cycle collector")
gc.collect()
gc.disable()
p = Tracked("cycle-p")
q = Tracked("cycle-q")
p.other = q
q.other = p
del p, q
print("  del p, q: the two objects keep each other alive (nothing freed)")
found = gc.collect()
show("gc.collect() found unreachable objects", found)
gc.enable()
selfref = []
selfref.append(selfref)
del selfref
show("a list containing itself, collected", gc.collect())
print()
print("End of the tour.")
