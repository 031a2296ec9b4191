def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['0', '-0', '+17', ' 42 ', '\t-3\n', '1_000_000', '0x1f', '0o17', '0b101', '00', '0_0',
          '12abc', '', ' ', '1__0', '_1', '1_', '- 1', '+ 1', '1\x00', 'chai', '٣٤', '\u00a012\u2003',
          '99999999999999999999999999999', '-' + '9' * 50, '1' * 300, 'a' * 300]:
    t(lambda: int(s))
for s, b in [('ff', 16), ('FF', 16), ('0xff', 16), ('0x_ff', 16), ('0x', 16), ('z', 36), ('Z', 36),
             ('777', 8), ('0o777', 8), ('0o777', 0), ('0b1_1', 0), ('010', 0), ('0_10', 0), ('00', 0),
             ('0x10', 0), ('9', 8), ('10', 2), ('2', 2), ('-0b11', 0), ('1_0', 2), ('10', 37),
             ('10', 1), ('10', -1), ('10', 2**100), ('10', 0), ('zz', 36), ('1' * 100, 2),
             ('ffffffffffffffffffffffffffffffff', 16), ('123456789abcdefghijklmnopqrstuvwxyz', 36)]:
    t(lambda: int(s, b))
t(lambda: int('10', base=16))
t(lambda: int('10', 16.0))
t(lambda: int(10, 10))
t(lambda: int(base=10))
t(lambda: int('1', 2, 3))
t(lambda: int('1', 2, base=3))
t(lambda: int(x=1))
t(lambda: int(b'12'))
t(lambda: int(b' -12 '))
t(lambda: int(b'1x'))
t(lambda: int(bytearray(b'77'), 8))
t(lambda: int([]))
t(lambda: int(None))
t(lambda: int())
t(lambda: int(3.99))
t(lambda: int(-3.99))
t(lambda: int(1e20))
t(lambda: int(-1e300))
t(lambda: int(float('nan')))
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(2.0**1023))
t(lambda: int(True))

class I:
    def __int__(self):
        return 42
class X:
    def __index__(self):
        return 7
class BadI:
    def __int__(self):
        return 'x'
class BadX:
    def __index__(self):
        return 1.5
t(lambda: int(I()))
t(lambda: int(X()))
t(lambda: int(BadI()))
t(lambda: int(BadX()))
t(lambda: int('12', X()))
