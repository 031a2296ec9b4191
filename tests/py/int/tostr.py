import sys
for v in [0, 1, -1, 9, 10, 99, 100, 999999999, 1000000000, -1000000000, 2**30, 2**60, -2**63,
          10**18, 10**19, 10**27 + 1, -10**36 - 7, 3**200, -(7**150)]:
    print(str(v), repr(v), hex(v), oct(v), bin(v))
big = 7 ** 5000
s = str(big)
print(len(s), s[:20], s[-20:], int(s) == big)
print(len(hex(big)), hex(big)[:20], int(hex(big), 16) == big, int(bin(big), 0) == big)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
try:
    int('1' * 4301)
except ValueError as e:
    print(e)
try:
    int('1' * 5000 + 'x')
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)), int('9' * 4300) > 0)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), len(str(int('7' * 20000))))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
x = 123456789 ** 50
print(f"{x}", "%d" % x == str(x), "{}".format(x) == str(x))
print(hex(2**4000 + 1)[:10], int('f' * 5000, 16) == 16**5000 - 1)
