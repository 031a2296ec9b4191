import textwrap
samples = [
    "Look, goof-ball -- use the -b option!",
    "The quick brown fox jumps over the lazy dog. " * 4,
    "a-b-c-d e--f g---h well-known self-explanatory x-ray A-1 co-op re--do",
    "Supercalifragilisticexpialidocious is a very-very-long-hyphenated-word-indeed okay",
    "  leading and trailing spaces   ",
    "tabs\there\tand\nnewlines\nmixed in. Sentence one. sentence two! Third? \"quoted.\" end",
    "",
    "short",
    "über-cool naïve café-au-lait ß-x 3-4 a_b-c_d",
    "--start with dashes and end with dashes--",
    "word-- -word - x -- y",
]
for s in samples:
    for width in (5, 10, 20, 33, 70):
        print(width, textwrap.wrap(s, width))
    print(textwrap.wrap(s, 12, break_on_hyphens=False))
    print(textwrap.wrap(s, 12, break_long_words=False))
    print(textwrap.wrap(s, 15, drop_whitespace=False))
    print(textwrap.wrap(s, 20, fix_sentence_endings=True))
    print(textwrap.wrap(s, 15, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.wrap(s, 15, max_lines=2))
    print(repr(textwrap.shorten(s, 20)), repr(textwrap.shorten(s, 12, placeholder="...")))
    print(textwrap.TextWrapper(width=10)._split(s))
print(textwrap.fill("Hello world, this is a fill test for the wrapper", width=15))
code = """
    def f():
        return 1

      # comment
    x = 2
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n    y\n   ")), repr(textwrap.dedent("\t\tx\n\t y")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
try:
    textwrap.wrap("hello world", 3, max_lines=1)
except ValueError as e:
    print(e)
print(textwrap.wrap("a\tb\tc", 20, expand_tabs=False), textwrap.wrap("a\tb", 20, tabsize=4, replace_whitespace=False))
