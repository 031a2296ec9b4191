s = "abcabcabc"
print(s.replace("b", "X"), s.replace("b", "X", 2), s.replace("b", "X", 0), s.replace("b", "X", -1),
      s.replace("abc", ""), s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"),
      s.replace("z", "y"), s.replace("c", "€"), "a€b".replace("€", "e"), "aaa".replace("a", "aa"))
print("banana".replace("an", "AN", 1), "x".replace("x", "x"), "é€".replace("é", ""))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("abc".translate({97: "AA", 98: 66, 99: None}), "abc".translate([]), "abc".translate("xyz"))
print(sorted(str.maketrans({"a": "b", 99: None}).items()))
print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), "€".encode("utf-16-le"),
      "x".encode(encoding="utf-8", errors="strict"))
print("abc".__getnewargs__(), "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1),
      "ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(2), "a".__mod__(()), "x".__rmod__("%s"))
print("a".__eq__("a"), "a".__lt__(1), "a".__ne__("b"), "b".__ge__("a"))
for bad in [lambda: "a".__add__(1), lambda: str.maketrans(1), lambda: str.maketrans({1.5: "a"}), lambda: str.maketrans({"ab": "a"}),
            lambda: str.maketrans("ab", "c"), lambda: str.maketrans("ab", 1), lambda: str.maketrans(1, "ab"),
            lambda: str.maketrans("ab", "cd", 1), lambda: "abc".translate({97: 0x110000}),
            lambda: "abc".translate({97: 1.5}), lambda: "abc".translate(1), lambda: "a".replace(1, "b"),
            lambda: "a".replace("a", 2), lambda: "a".replace("a", "b", 1.5), lambda: "a".replace("a"),
            lambda: "a".encode(1), lambda: "a".encode("utf-8", 1), lambda: "a".encode("nope"),
            lambda: "a".encode("utf-8", "nope"), lambda: "é".encode("ascii", "nope")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
