import sys

for s in ["", "a", "ab", "hello world", "x" * 100, "é", "éé", "€", "€uro", "😀", "a😀"]:
    print(len(s), sys.getsizeof(s))
for b in [b"", b"a", b"abc", bytes(100)]:
    print(len(b), sys.getsizeof(b))
for b in [bytearray(), bytearray(b"a"), bytearray(10)]:
    print(len(b), sys.getsizeof(b))
