# str basics: length, indexing, slicing, concatenation, repetition, comparison
s = "hello, world"
print(len(s), len(""), len("é€😀"))
print(s[0], s[-1], s[4], s[-12])
print(s[0:5], s[7:], s[:-7], s[::2], s[::-1], s[-3:-1], s[10:2:-3])
print(repr(s[5:5]), repr(s[100:]), repr(s[3:1]))
print(s[1:10:3], s[::-4], "abcdef"[-1:0:-2])
print("ab" + "cd", "ab" * 3, 3 * "ab", "x" * 0, "x" * -2)
print("a" < "b", "abc" < "abd", "ab" < "abc", "b" > "abc", "é" > "z", "€" > "é")
print("abc" == "abc", "abc" != "abd", "" == "", "a" == "a" * 1)
print("ell" in s, "xyz" in s, "" in s, "" in "")
print([c for c in "héllo"], list("€😀"))
print(max("abcz"), min("hello"), sorted("banana"))
print("😀" * 2, len("😀" * 2), "😀😀"[1])
t = "abc"
t += "def"
t += "é"
t += "€"
print(t, len(t))
print(str(42), str(3.5), str(None), str([1, "a"]), str("x"))
print(bool(""), bool("0"), not "a")
x = "pre" "fix"
print(x, "a" "b" "c")
print(ord("a"), ord("é"), ord("€"), ord("😀"), chr(97), chr(233), chr(8364), chr(128512))
try:
    s[100]
except IndexError as e:
    print("IndexError", e)
try:
    s[-13]
except IndexError as e:
    print("IndexError", e)
try:
    s["x"]
except TypeError as e:
    print("TypeError", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
try:
    "ab" * (2 ** 62)
except OverflowError as e:
    print("OverflowError", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
