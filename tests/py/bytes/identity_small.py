# Which operations give the one-byte bytes singleton (as CPython 3.11)
def single(b): return b is bytes([b[0]]) if len(b) == 1 else None
tests = {
 "replace": lambda: b"ab".replace(b"b", b""), "replace2": lambda: b"a".replace(b"a", b"q"), "upper": lambda: b"a".upper(),
 "lower": lambda: b"A".lower(), "strip": lambda: b"ab".strip(b"b"), "split": lambda: b"q,b".split(b",")[0],
 "rsplit": lambda: b"q,b".rsplit(b",")[0], "translate": lambda: b"ab".translate(None, b"b"), "expandtabs": lambda: b"q\t".expandtabs(0),
 "center": lambda: b"".center(1), "zfill": lambda: b"".zfill(1), "pct": lambda: b"%s" % b"q", "pct2": lambda: b"%d" % 5,
 "join2": lambda: b"".join([b"q", b""]), "join1": lambda: b"".join([b"q"]), "step": lambda: b"abc"[::3], "slice": lambda: b"qb"[0:1],
 "encode": lambda: "q".encode(), "encode_latin": lambda: "\xe9".encode("latin-1"), "encode_ascii": lambda: "q".encode("ascii"),
 "bytes_list": lambda: bytes([113]), "bytes_int": lambda: bytes(1), "fromhex": lambda: bytes.fromhex("71"),
 "concat": lambda: b"q" + b"", "concat2": lambda: bytes(b"") + bytearray(b"q"), "mul": lambda: b"q" * 1,
 "partition": lambda: b"q:b".partition(b":")[0], "title": lambda: b"q".title(), "swapcase": lambda: b"Q".swapcase(),
 "capitalize": lambda: b"q".capitalize(), "removeprefix": lambda: b"bq".removeprefix(b"b"), "ljust": lambda: b"".ljust(1),
 "bytes_ba": lambda: bytes(bytearray(b"q")), "bytes_iter": lambda: bytes(iter([113])), "utf16": lambda: "".encode("utf-16")[:1],
 "maketrans_slice": lambda: bytes.maketrans(b"", b"")[113:114], "concat3": lambda: b"" + b"q", "hexdec": lambda: b"q".hex().encode()[:1],
 "splitlines": lambda: b"q\nb".splitlines()[0], "strip_ws": lambda: b" q ".strip(), "lstrip": lambda: b" q".lstrip(),
 "decode_encode": lambda: b"q".decode().encode(), "mul2": lambda: b"" * 5 + b"q", "repeat": lambda: b"q" * 1,
}
print(sorted(k for k, f in tests.items() if single(f())))
print(sorted(k for k, f in tests.items() if single(f()) is False))
