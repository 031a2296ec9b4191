import itertools as it, contextlib, io, heapq, bisect, string, sys
print(list(it.islice(it.count(5, 2), 4)), list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, 0, 2])))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 1, 5, 2)), list(it.islice("abc", None)))
print(list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])), [list(x) for x in it.tee([1, 2], 2)])
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print(repr(it.count(3)), repr(it.repeat(1, 2)))
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with contextlib.suppress(KeyError):
    {}["missing"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden text")
print(repr(buf.getvalue()))
s = io.StringIO("line1\nline2\n")
print(s.readline(), s.read(), s.tell(), list(io.StringIO("a\nb")))
b = io.BytesIO()
b.write(b"abc")
print(b.getvalue(), b.tell())
with contextlib.ExitStack() as stack:
    stack.callback(print, "callback ran")
    stack.enter_context(tag("e"))
h = []
for v in [5, 1, 4, 1, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 2, 7, 1, 8, 3]
heapq.heapify(l)
print(l, heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 1, 3]))
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0))
bisect.insort(a, 5)
print(a)
print(string.ascii_lowercase, string.digits, string.capwords("hello  world"), string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.Template("$a and $b").safe_substitute(a=1), len(string.printable), string.punctuation)
