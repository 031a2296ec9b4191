# Which operations give the one-character latin-1 singleton (as CPython 3.11)
import sys
def single(s): return s is chr(ord(s))
tests = {
 "replace": lambda: "ab".replace("b", ""), "upper": lambda: "a".upper(), "lower": lambda: "A".lower(),
 "strip": lambda: "ab".strip("b"), "split": lambda: "q,b".split(",")[0], "rsplit": lambda: "q,b".rsplit(",")[0],
 "translate": lambda: "ab".translate({98: None}), "translate2": lambda: "a".translate({97: "b"}),
 "expandtabs": lambda: "q\t".expandtabs(0), "center": lambda: "q".center(1), "zfill": lambda: "q".zfill(1),
 "format": lambda: format("q", "<1"), "pct": lambda: "%s" % "q", "pct2": lambda: "%s" % 5, "pct3": lambda: "%c" % 113,
 "fmt": lambda: "{}".format("q"), "fmt2": lambda: "{}".format(5), "join1": lambda: "x".join(["q"]),
 "join2": lambda: "".join(["q", ""]), "step": lambda: "abc"[::3], "str_int": lambda: str(5), "repr_int": lambda: repr(5),
 "decode": lambda: b"q".decode(), "decode_latin": lambda: b"\xe9".decode("latin-1"), "decode_ascii": lambda: b"q".decode("ascii"),
 "casefold": lambda: "Q".casefold(), "title": lambda: "q".title(), "swapcase": lambda: "Q".swapcase(),
 "capitalize": lambda: "q".capitalize(), "removeprefix": lambda: "bq".removeprefix("b"), "lstrip": lambda: " q".lstrip(),
 "partition": lambda: "q:b".partition(":")[0], "concat": lambda: ("q" + ""), "iter": lambda: next(iter("qb")),
 "str_float": lambda: str(5.0)[0], "hex": lambda: hex(5)[2], "mul": lambda: "q" * 1, "splitlines": lambda: "q\nb".splitlines()[0],
 "fstr": lambda: f"{'q'}", "fstr2": lambda: f"{5}", "ljust": lambda: "q".ljust(0), "chr": lambda: chr(113),
 "encode_dec": lambda: "q".encode().decode("utf-8"), "utf16": lambda: "q".encode("utf-16").decode("utf-16"),
 "bytes_hex": lambda: bytes([15]).hex()[1], "b_hex": lambda: b"\x05".hex()[1], "join_list": lambda: "".join(list("q")),
 "intstr": lambda: str(7), "float_repr": lambda: repr(1.0)[1], "ascii": lambda: ascii("q")[1],
 "replace_full": lambda: "a".replace("a", "q"), "str_sub": lambda: str(sys.intern("q")), "strip_ws": lambda: " q ".strip(),
 "rstrip": lambda: "qx".rstrip("x"), "tabsub": lambda: "qx".replace("x", ""), "maketr": lambda: "b".translate(str.maketrans("b", "q")),
 "fstr3": lambda: f"{'q'!s}", "fstr4": lambda: f"{'q':1}", "mod_tuple": lambda: "%s%s" % ("q", ""), "fmt3": lambda: "{}{}".format("q", ""),
 "rpartition": lambda: "b:q".rpartition(":")[2], "slice": lambda: "qb"[0:1], "neg_slice": lambda: "bq"[-1:],
}
print(sorted(k for k, f in tests.items() if single(f())))
print(sorted(k for k, f in tests.items() if not single(f())))
