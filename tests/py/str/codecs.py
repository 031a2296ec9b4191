cases = [
    (b"\xff", "utf-8", "strict"), (b"a\xc3", "utf-8", "strict"), (b"\xc3(", "utf-8", "strict"),
    (b"\xe2\x82", "utf-8", "strict"), (b"\xed\xa0\x80", "utf-8", "strict"), (b"\xf4\x90\x80\x80", "utf-8", "strict"),
    (b"\xc0\x80", "utf-8", "strict"), (b"\xe2\x82(", "utf-8", "strict"), (b"\xf0\x9f\x98", "utf-8", "strict"),
    (b"\xff\xfe", "utf-8", "replace"), (b"a\xe2\x82b", "utf-8", "replace"), (b"\xed\xa0\x80", "utf-8", "replace"),
    (b"\xf0\x9f\x98", "utf-8", "replace"), (b"\xff", "utf-8", "backslashreplace"), (b"\xff", "utf-8", "ignore"),
    (b"\xed\xa0\x80", "utf-8", "surrogatepass"), (b"\xff", "ascii", "strict"), (b"a\x80", "ascii", "replace"),
    (b"\xff", "latin-1", "strict"), (b"\xff", "nope", "strict"), (b"\xff", "utf-8", "nope"), (b"a", "utf-8", "nope"),
    (b"\xff\xfea\x00", "utf-16", "strict"), (b"\xfe\xff\x00a", "utf-16", "strict"), (b"a\x00", "utf-16", "strict"),
    (b"a", "utf-16", "strict"), (b"a\x00b", "utf-16-le", "strict"), (b"\x00\xd8a\x00", "utf-16-le", "strict"),
    (b"\x00\xd8", "utf-16-le", "strict"), (b"\x00\xdc", "utf-16-le", "strict"), (b"\x00\xd8a\x00", "utf-16-le", "replace"),
    (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32", "strict"), (b"a\x00\x00", "utf-32", "strict"),
    (b"\x00\x00\x11\x00", "utf-32-le", "strict"), (b"\x00\xd8\x00\x00", "utf-32-le", "strict"),
    (b"\xef\xbb\xbfabc", "utf-8-sig", "strict"), (b"\xef\xbb\xbf\xff", "utf-8-sig", "strict"), (b"", "utf-16", "strict"),
    (b"\x80abc", "ascii", "surrogateescape"), (b"\xf0\x9f\x98", "utf-8", "surrogateescape"),
    (b"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "UTF-8", "strict"), (b"x", "Latin1", "strict"),
    (b"x", " utf 8 ", "strict"), (b"x", "ISO-8859-1", "strict"), (b"x", "US-ASCII", "strict"), (b"\x00x", "UTF-16BE", "strict"),
]
for data, enc, err in cases:
    try:
        print(repr(data), enc, err, "->", repr(data.decode(enc, err)))
    except UnicodeError as e:
        print(repr(data), enc, err, "->", type(e).__name__, e, "|", e.encoding, e.start, e.end, e.reason, e.object)
    except LookupError as e:
        print(repr(data), enc, err, "->", type(e).__name__, e)
ecases = [("\xe9", "ascii", "strict"), ("a\xe9\xe9b", "ascii", "strict"), ("\u20ac", "latin-1", "strict"),
          ("\ud800", "utf-8", "strict"), ("\ud800\udc00", "utf-8", "strict"), ("a\ud800b", "utf-8", "replace"),
          ("\xe9", "ascii", "replace"), ("\xe9\u20ac\U0001f600", "ascii", "backslashreplace"),
          ("\xe9", "ascii", "xmlcharrefreplace"), ("\udcff", "utf-8", "surrogateescape"),
          ("\udcff", "ascii", "surrogateescape"), ("\ud800", "utf-8", "surrogatepass"), ("\xe9", "ascii", "nope"),
          ("a", "ascii", "nope"), ("a", "nope", "strict"), ("a\xe9", "utf-16", "strict"), ("a\xe9", "utf-16-le", "strict"),
          ("a\xe9", "utf-16-be", "strict"), ("a\U0001f600", "utf-32", "strict"), ("a\U0001f600", "utf-16le", "strict"),
          ("\ud800", "utf-16", "strict"), ("\ud800", "utf-32", "strict"), ("\ud800", "latin-1", "strict"),
          ("a\udc80\u20ac", "ascii", "surrogateescape"), ("\ud800x", "ascii", "surrogatepass"),
          ("\u20ac", "utf-8", "surrogateescape"), ("\ud800", "utf-16-le", "surrogatepass"), ("abc", "utf-8-sig", "strict"),
          ("\U0001F600", "latin-1", "xmlcharrefreplace"), ("\xe9", "latin-1", "backslashreplace"),
          ("\ud83d\ude00", "utf-8", "surrogatepass")]
for s, enc, err in ecases:
    try:
        print(repr(s), enc, err, "->", repr(s.encode(enc, err)))
    except UnicodeError as e:
        print(repr(s), enc, err, "->", type(e).__name__, e, "|", e.encoding, e.start, e.end, e.reason)
    except LookupError as e:
        print(repr(s), enc, err, "->", type(e).__name__, e)
text = "".join(chr(c) for c in range(0, 0x3000, 7)) + "😀🙂"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"]:
    b = text.encode(enc)
    print(enc, len(b), b.decode(enc) == text)
print("héllo".encode("latin-1").decode("latin-1"), b"\xe9".decode("latin-1").encode("utf-8"))
