# format(str, spec): the mini-language for strings
specs = ["", "10", "<10", ">10", "^10", "*^9", "-<5", "x>3", ".2", "10.3", "^7.1", "05", "0<5", "0>5", "s",
         "10s", "€^7", "\x00<3", "<", ".0", "3.5s", "_<4", "1"]
for v in ["abc", "", "é€😀", "a longer string"]:
    print([format(v, sp) for sp in specs])
for sp in ["xyz", "d", ",s", "+", "#", "=", "z", ".", "99999999999999999999", ".99999999999999999999", ",_",
           "_,", "<<<", "^5,", " ", "-", "=10", "x", "10d", "\u20ac", "\x01"]:
    try:
        print(repr(sp), repr(format("abc", sp)))
    except ValueError as e:
        print(repr(sp), "ValueError", e)
print(format("abc", "s") == "abc", "abc".__format__(""), "abc".__format__("^5"))
try:
    "abc".__format__(5)
except TypeError as e:
    print("TypeError", e)
class S(str):
    def __str__(self):
        return "STR"
print(format(S("abc"), ""), format(S("abc"), "5"), "{}".format(S("x")), f"{S('y')}", "%s" % S("z"))
print(f"{'abc':>6}|{'abc':*<6}|{'é':^5}|{'x'!r:>5}|{'tab':{'>'}{8}}|")
w = 7
print(f"{'nested':{w}}|{'p':.{1}}|{'q'!s:^{w}}|")
