samples = ["", "abc", "ABC", "Abc", "Abc Def", "abc1", "123", "١٢٣", "²", "½", "Ⅻ", " \t\n", "\u3000", "a b",
           "_x1", "1x", "class", "é", "É", "ǅ", "\x7f", "a\u2028", "\u00a0", "ŉ", "ΣΑΣ", "aB", "A1B", "𝔸",
           "🙂", "x\u0301", "\u0378", "\U000e0001", "٣", "Ⅷ", "ʰ", "ß"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(),
          s.islower(), s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper())
# every code point below 0x3000 against a few properties (checksums)
tot = [0] * 10
for c in range(0x3000):
    ch = chr(c)
    for i, p in enumerate((ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(),
                           ch.islower(), ch.isupper(), ch.isprintable(), ch.isidentifier(), ch.istitle())):
        tot[i] += p * (c % 97 + 1)
print(tot)
print(sum(ord(ch) for c in range(0x2000) for ch in chr(c).upper()),
      sum(ord(ch) for c in range(0x2000) for ch in chr(c).lower()),
      sum(ord(ch) for c in range(0x2000) for ch in chr(c).casefold()),
      sum(ord(ch) for c in range(0x2000) for ch in chr(c).title()))
