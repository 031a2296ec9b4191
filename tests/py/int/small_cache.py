def same(a, b):
    return a is b

a = 250
c256 = 256
print(same(a + 6, c256), same(a + 7, 257))
print(same(int("256"), int("256")), same(int("257"), int("257")), same(int("-5"), int("-5")), same(int("-6"), int("-6")))
x = 1000
y = 999 + a - 250 + 1
print(x == y, same(x, y))
zero, two, three, six, n256 = 0, 2, 3, -6, 256
print(same(2**100 - 2**100, zero), same(10 // 5, two), same(7 % 4, three), same(-3 * 2, six), same(2 ** 8, n256), same(1 << 8, n256))
print(same(int(3.7), 3), same(int('  42 '), 42), same(255 ^ 1, 254), same(~-1, 0), same(abs(-200), 200))
print(same(True + True, 2), same(int(True), 1), same(2**70 >> 69, 2))
print(same(round(3.5), 4), same(len([1, 2, 3]), 3), same(sum([100, 56]), 156))
print(same(int.from_bytes(b'\x05', 'big'), 5), same(int('1_0'), 10), same(int('ff', 16), 255), same(-(-5), 5))
print(same((2**64 + 5) - 2**64, 5), same((2**64 * 3) // 2**64, 3), same((2**64 + 7) % 2**64, 7))
print(same(int(2.0**70) >> 64, 64), same(divmod(17, 5)[0], 3), same(pow(3, 4, 100), 81))
