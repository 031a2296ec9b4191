# operations that return the same str object (exact str) as CPython 3.11
x = "abc" * 10
print(("%s" % x) is x, "{}".format(x) is x, f"{x}" is x, format(x) is x, format(x, "") is x)
print("".join([x]) is x, "-".join([x]) is x, str(x) is x, x[:] is x, x[0:30] is x, x[::1] is x)
print((x + "") is x, ("" + x) is x, x * 1 is x, x.strip() is x, x.replace("z", "y") is x)
print(x.lower() is x, x.upper() is x, x.title() is x, x.swapcase() is x, x.casefold() is x)
print(x.ljust(3) is x, x.center(3) is x, x.zfill(3) is x, x.expandtabs() is x, x.lstrip() is x)
print(x.removeprefix("z") is x, x.translate({}) is x, "{:}".format(x) is x, "{!s}".format(x) is x)
print("%s%s" % (x, "") is x, format(x, "5") is x, format(x, ".40") is x)
print(x.split()[0] is x, x.partition("z")[0] is x, x.rpartition("z")[2] is x, x.splitlines()[0] is x)
print(x.rsplit()[0] is x, x.split("z")[0] is x, x.rstrip("z") is x, "{}{}".format(x, "") is x)
y = "hello world"
z = "z"
print(y.format() is y, (y % ()) is y, ("%r" % x) is x, ("%.99s" % x) is x, ("%5s" % x) is x)
class S(str):
    pass
s = S("abc")
print(type(str(s)), type(s[:]), type(s.strip()), type(s.lower()), type(s + ""),
      type("".join([s])), type(format(s)), type(s * 1), type(s.replace("q", "z")))
print(type(s.split()[0]), type(s.partition("b")[0]), type(s.center(1)))
