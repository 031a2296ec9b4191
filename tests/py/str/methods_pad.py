for w in ["ab", "abc", "", "é€"]:
    print(repr(w.center(6)), repr(w.center(6, "*")), repr(w.center(5, "*")), repr(w.ljust(5, "-")),
          repr(w.rjust(5, "€")), repr(w.zfill(5)), repr(w.center(1)), repr(w.ljust(-3)))
print("-42".zfill(6), "+7".zfill(4), "+".zfill(3), "--".zfill(4), "42".zfill(1), "é".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\t\n\tx".expandtabs(3)),
      repr("\t".expandtabs(0)), repr("a\tb".expandtabs(-1)), repr("a\r\tb".expandtabs(4)),
      repr("no tabs".expandtabs()), repr("12345\t".expandtabs(5)))
print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()), repr("xxhixx".strip("x")),
      repr("abcba".strip("ab")), repr("\t\n x \u3000".strip()), repr("x".strip("")), repr("".strip()),
      repr("aaa".strip("a")), repr("€a€".strip("€")), repr("  ".strip()), repr("ab".strip(None)))
print("prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"), "x".removeprefix(""),
      "x".removesuffix(""), "abc".removeprefix("abcd"), "abc".removesuffix("c"))
for bad in [lambda: "a".center(), lambda: "a".center(3, "ab"), lambda: "a".center(3, 1),
            lambda: "a".ljust(3, b"x"), lambda: "a".zfill("3"), lambda: "a".zfill(1.0),
            lambda: "a".expandtabs(2**70), lambda: "a".strip(1), lambda: "a".lstrip(1, 2),
            lambda: "a".removeprefix(1), lambda: "a".center(2**70), lambda: "a".rjust(3, "")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
