# single-byte codecs (cp1252 & co), as CPython 3.11 ("charmap" errors)
for enc in ["cp1252", "windows-1252", "CP1251", "cp1250", "cp437", "IBM850", "iso-8859-2", "latin9", "mac_roman", "koi8-r"]:
    data = bytes(range(256))
    s = data.decode(enc, "replace")
    print(enc, len(s), ascii(s[120:140]), s.encode(enc, "replace") == data if "\ufffd" not in s else s.encode(enc, "replace")[:5])
    print(ascii(data.decode(enc, "backslashreplace")[125:135]), "héllo €uro".encode(enc, "xmlcharrefreplace"))
for bad in [lambda: b"\x81".decode("cp1252"), lambda: "\u0100".encode("cp1252"), lambda: "\u0100\u0101x".encode("cp437"),
            lambda: b"ab\x81\x8d".decode("cp1252", "surrogateescape").encode("cp1252", "surrogateescape")]:
    try:
        print(bad())
    except UnicodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
