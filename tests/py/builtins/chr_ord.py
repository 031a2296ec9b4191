print(chr(65), chr(0x20ac), chr(0x1f600) == "\U0001F600", ord("A"), ord("€"), ord(b"a"), ord(bytearray(b"z")))
for v in (-1, 0x110000):
    try:
        chr(v)
    except ValueError as e:
        print("ValueError:", e)
for v in ("a", 1.5, 2**40):
    try:
        chr(v)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for v in ("ab", "", b"ab", 5, [1]):
    try:
        ord(v)
    except TypeError as e:
        print("TypeError:", e)
