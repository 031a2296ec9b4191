def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['1+2j', ' ( 1+2j ) ', '1+j', '-j', 'j', '+J', '1e5J', 'inf-nanj', '(1+2j', '1+2', '', '1__2j',
          '1_0+2_0j', '3', '-3.5', ' 2.5e-3j ', 'nan', '(j)', '1 + 2j', '1+2j)', '٣+٤j', 'infj', '-infinityJ',
          '1e', '1+2jj', '((1+2j))']:
    t(lambda: complex(s))
t(lambda: complex(1, 2))
t(lambda: complex(1.5))
t(lambda: complex())
t(lambda: complex(real=1, imag=2))
t(lambda: complex(imag=2))
t(lambda: complex(1j, 1j))
t(lambda: complex(1 + 2j, 3 + 4j))
t(lambda: complex(real=1j))
t(lambda: complex(1, 2, 3))
t(lambda: complex(x=1))
t(lambda: complex(1, 'a'))
t(lambda: complex('1', 2))
t(lambda: complex([]))
t(lambda: complex(1, []))
t(lambda: complex(b'1'))
t(lambda: complex(True, False))
class C:
    def __complex__(self):
        return 3 + 4j
class D:
    def __complex__(self):
        return 5
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
t(lambda: complex(C()))
t(lambda: complex(D()))
t(lambda: complex(F(), I()))
t(lambda: complex(I()))
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, type(m + 1).__name__, type(+m).__name__, m.real, m == 1 + 2j)
m.tag = 'x'
print(m.tag)
t(lambda: type(MyC('1+1j')).__name__)
t(lambda: type(complex(m)).__name__)
a = 1j
b = 1j
print(a is b, -0j, (-0-0j), 0j == -0j)
print(complex.__doc__)
print(sorted(k for k in complex.__dict__ if not k.startswith('__')))
