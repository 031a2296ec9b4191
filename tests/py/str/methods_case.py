# case mappings over all of Unicode (full mappings, final sigma)
words = ["hello World", "HELLO", "straße", "ǆungla", "ΑΣ", "ΑΣ b", "Σ", "aΣ", "ΣΑΣ", "ﬁne", "İstanbul",
         "they're bill's", "ᾳ", "ǈ", "aǈb", "123abc", "", "ß", "ŉ", "ΐ", "Ⅻ", "ⓐ", "a\u0345", "ǅ", "Ǆ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))
print("mIxEd CaSe".swapcase(), "a b  c".title(), "hello-world_x".title(), "o'neil".title())
print("ÉCOLE".lower(), "école".upper(), "ﬃ".upper(), "ŉ".upper(), len("ﬃ".upper()))
print("AΣ.".lower(), "AΣ'".lower(), "A'Σ".lower(), "AΣ'B".lower(), "Σ'".lower())
