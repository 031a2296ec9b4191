cases = [" a b  c ", "a,b,,c", "", "   ", "abc", "a\tb\nc\x0bd\x1ce\u2028f\u3000g", ",a,"]
for c in cases:
    print(repr(c), c.split(), c.split(","), c.split(",", 1), c.rsplit(","), c.rsplit(",", 1),
          c.split(None, 1), c.rsplit(None, 1), c.split(maxsplit=0), c.rsplit(maxsplit=0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaa".split("aa"))
print("a b c".split(sep=None, maxsplit=1), "a,b".split(sep=","), "x".split("x"))
for c in ["a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l", "x\n", "\n", "", "a\r\n\r\nb", "no newline"]:
    print(repr(c), c.splitlines(), c.splitlines(True), c.splitlines(keepends=True))
print("a:b:c".partition(":"), "a:b:c".rpartition(":"), "abc".partition(":"), "abc".rpartition(":"))
print("a::b".partition("::"), "€x€".partition("x"))
print("-".join(["a", "b", "c"]), "".join(["x"]), ", ".join(("1", "2")), "é".join("abc"),
      "-".join([]), "+".join(iter(["p", "q"])), "".join({"k": 1}), " ".join("€😀"))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".partition(""), lambda: "a".split(1),
            lambda: "a".partition(1), lambda: "-".join([1]), lambda: "-".join(["a", b"b"]),
            lambda: "-".join(5), lambda: "a".split("a", 1.5), lambda: "a".split(x=1),
            lambda: "a".split(",", 1, 2), lambda: "a".splitlines(1, 2), lambda: "a".split(",", sep=",")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
