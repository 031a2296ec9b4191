class A:
    x = 5
    items = ["zero", "one"]
    def __format__(self, spec):
        return "A<" + spec + ">"
    def __repr__(self):
        return "A()"
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="N"))
print("{0.x} {0.items[1]} {0!r} {0} {0:spec}".format(A()), "{a[k]} {a[1]}".format(a={"k": "v", 1: "one"}))
print("{:>{}}|{:{}}|{:^{w}}".format("r", 5, "l", 3, "c", w=5), "{0:{1}}".format("a", ">4"))
print("{{}} {{{}}} {{".format(1).replace("{", "(").replace("}", ")"), "{!s:>3}{!r:>5}{!a}".format(1, "é", "é"))
print("{0[0]}{0[-1]}".format({0: "z", -1: "w"}) if False else "{0[0]}".format(["first"]))
print("{x[0]}".format(x="ab"), "{0[1]}".format("xyz"), "{0.real}".format(3), "x{}y".format(None))
print("{}".format(1, 2), "{a}".format(a=1, b=2), "".format(), "plain".format(1))
print("{:*^9}".format("ab"), "{0!s:}".format(1), "{:}".format("q"), "{0:>{w}.{p}}".format("abcdef", w=5, p=2))
print("{}{}".format("é", "€"), "{:5}|".format("😀"), "{0}{0}".format("€"))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "x".format_map({}), "{k}".format_map({"k": "v"}))
class D(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{present} {absent}".format_map(D(present="P")))
for f, args, kwargs in [("{1}", (1,), {}), ("{}{}", (1,), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}),
                        ("{a}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{0!}", (1,), {}),
                        ("{0!x}", (1,), {}), ("{0!rr}", (1,), {}), ("{0:{1:{2}}}", ("a", 5, "d"), {}),
                        ("{0.y}", (A(),), {}), ("{0[}", (1,), {}), ("{0]}", (1,), {}), ("{0.}", (1,), {}),
                        ("{0[]}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{:{{}}}", (1,), {}), ("{0:{", (1,), {}),
                        ("{:d}", ("a",), {}), ("{0{}}", (1,), {}), ("{a.b.c}", (), {"a": 1}), ("{ }", (1,), {}),
                        ("{-1}", (1,), {}), ("{99999999999999999999}", (1,), {}), ("{0[99999999999999999999]}", ([1],), {}),
                        ("{0[-1]}", ([1, 2],), {}), ("{!}", (1,), {}), ("{0!r", (1,), {}), ("{:x}", ("s",), {})]:
    try:
        print(repr(f), repr(f.format(*args, **kwargs)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for bad in [lambda: "{0}".format_map({}), lambda: "{a}".format_map({}), lambda: "{a}".format_map(1),
            lambda: "x".format_map(), lambda: "x".format_map(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
