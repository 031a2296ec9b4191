b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b"hello world".title())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.count(108), b.index(b"W"), b.rindex(b"l"),
      b.find(b"zz"), b.find(b"", 20), b.count(b""), b.find(b"o", 5, -1))
print(b.startswith(b"He"), b.endswith(b"ld"), b.startswith((b"x", b"Hel")), b.endswith(b"", 5), b.startswith(b"W", 7))
print(b.split(b", "), b.split(), b"a  b c".split(None, 1), b"a,b,,c".rsplit(b",", 2), b"x".split(b"x"),
      b" a b ".rsplit(), b"a\nb\r\nc\r".splitlines(), b"a\nb".splitlines(True), b"".split())
print(b.partition(b", "), b.rpartition(b"o"), b.partition(b"zz"), b.rpartition(b"zz"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b", ".join((b"x",)), b"ab".join([b"1", b"2"]))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b"abc".replace(b"", b"-"), b"aaa".replace(b"a", b""))
print(b"  x  ".strip(), b"  x  ".lstrip(), b"  x  ".rstrip(), b"xyyx".strip(b"x"), b"abc".strip(None),
      b"\t\n\x0b\x0cx\r ".strip())
print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"-"), b"-5".zfill(4), b"a\tb".expandtabs(),
      b"a\tb".expandtabs(2), b"ab".center(1))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b"".isdigit(), b" \t".isspace(), b"Ab Cd".istitle(),
      b"ab1".islower(), b"AB1".isupper(), b"\x80".isascii(), b"abc".isascii(), b"\xe9".isalpha())
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"abc".removeprefix(b"x"))
print(b"\xde\xad\xbe\xef".hex(), b"abcdef".hex(":"), b"abcdef".hex(":", 2), b"abcdefg".hex("-", -3),
      b"abcdefg".hex(":", 3), b"abc".hex(":", 0), b"".hex(), bytes.fromhex("61 62  63"), bytes.fromhex("DEADbeef"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abc".translate(None, b"b"), b"abc".translate(t, b"a"), t[97:100])
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"),
      b"abc".decode(encoding="ascii"), b"x\xffy".decode(errors="ignore"))
same = b"abc"
print(same.strip() is same, same.replace(b"z", b"y") is same, same.center(2) is same, same.ljust(1) is same,
      same.split()[0] is same, same.translate(None) is same, same.removeprefix(b"q") is same, same * 1 is same)
for bad in [lambda: b.find("o"), lambda: b.find(300), lambda: b.index(b"zz"), lambda: b.split(b""),
            lambda: b.split("x"), lambda: b.partition(b""), lambda: b.partition("x"), lambda: b.strip("a"),
            lambda: b.replace("a", "b"), lambda: b.center(5, "x"), lambda: b.center(5, b"ab"),
            lambda: b.startswith("H"), lambda: b.endswith((b"d", "x")), lambda: b"-".join([b"a", "b"]),
            lambda: b"-".join([b"a", 1]), lambda: b.hex(1), lambda: b.hex("::"), lambda: b.hex("é"),
            lambda: bytes.fromhex("6"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex(b"61"),
            lambda: bytes.fromhex("a b"), lambda: b.translate(b"x"), lambda: bytes.maketrans(b"ab", b"c"),
            lambda: bytes.maketrans("a", "b"), lambda: b.decode(1), lambda: b"\xff".decode(),
            lambda: b.removeprefix("a"), lambda: b.count(), lambda: b.zfill(1.5), lambda: b.expandtabs(1.5),
            lambda: b.find(b"a", 1.5), lambda: b.split(maxsplit=1.0), lambda: b.decode("nope")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
