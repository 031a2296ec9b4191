for s in ["", "plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\rx", "back\\slash",
          "\x00\x01\x1f\x7f", "é\xa0\xad", "€\u2028\u200b", "😀\U000e0001\U0010ffff", "\ud800", "ǅ̈",
          "\x80\x9f", "日本語", "\u0378"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"))
print(str("x"), str(""), "%r" % "é", "{!a}".format("é€"), f"{'ß'!r}")
print(repr("a" * 3 + "'"), repr(["'", '"', "é"]), repr(("x",)), repr({"k": "v'"}))
