def ident(a, b):
    return a is b

for v in ["-6", "-5", "0", "1", "100", "255", "256", "257", "1000"]:
    print(v, int(v) is int(v))
x = 200
y = 56
print(ident(x + y, 256), ident(x + y + 1, int("257")))
print(ident(int("7"), 7))
print(ident(sum([100, 100, 56]), 256))
print(ident(len([0] * 5), 5))
n = 255
n += 1
print(ident(n, int("256")))
n += 1
print(ident(n, int("257")))
print(ident(-5, int("-5")), ident(-6 + 0, int("-6")))
print(ident(2 ** 8, 256), ident(2 ** 9, int("512")))
print(ident(abs(-3), 3), ident(-(-3), 3))
print(ident(True + 1, 2), ident(int(True), 1))
print(ident(int(3.0), 3), ident(round(2.6), 3))
print(ident(divmod(7, 2)[0], 3), ident(7 // 2, 3), ident(7 % 4, 3))
print(ident(ord("a"), 97), ident(len("abc"), 3), ident(hash(5), 5))
print(ident(max(1, 2), 2), ident(min([5, 9]), 5))
print(ident(int("0x10", 16), 16), ident(0x10, 16))
