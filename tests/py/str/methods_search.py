s = "abcabcabc"
for args in [("abc",), ("abc", 1), ("abc", 1, 5), ("abc", -3), ("c", 2, -1), ("", 4), ("", 9), ("", 10),
             ("x",), ("bc", None, 4), ("abcd",), ("", -1)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
for args in [("abc",), ("abc", 1), ("", 3), ("", 10), ("bc", 1, 3), ("ab", 3, 4), (("x", "ab"),), (("x", "y"),), ((),)]:
    print(args, s.startswith(*args), s.endswith(*args))
print(s.index("c"), s.rindex("a"), s.index("b", 2), s.rindex("b", 0, 5))
print("aaaa".count("aa"), "aaaa".count("a", 1, 3), "".count(""), "abc".count(""), "abc".count("", 1))
print("€€a€".find("a"), "€€a€".rfind("€"), "abc".find("€"), "a😀b😀".rfind("😀"), "a😀b".find("b"))
print("abc".find("c", -100, 100), "abc".find("a", 2**70), "abc".rfind("a", -2**70))
w = "x" * 1000 + "needle" + "y" * 1000
print(w.find("needle"), w.rfind("needle"), w.count("x"), w.find("needlf"), "needle" in w)
print("hello" in "say hello", "" in "abc", "abd" in "abcabd", "é" in "café", "€" in "cafe")
for bad in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.find(1), lambda: s.count(None),
            lambda: s.startswith(1), lambda: s.endswith((1,)), lambda: s.find("a", 1.5), lambda: s.find(),
            lambda: s.count("a", 1, 2, 3), lambda: s.index("a", "b")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
