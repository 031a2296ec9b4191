# str.replace gives back the string itself when nothing can change:
# count 0, no match, or old and new the same object (not merely equal)
s = 'abcabc'
for args in [('', 'x', 1), ('', 'x'), ('', '', 2), ('', '')]:
    print(repr(''.replace(*args)), repr(s.replace(*args)), s.replace(*args) is s)
bc = ''.join(['b', 'c'])
print(s.replace(bc, bc) is s, s.replace(bc, bc, 1) is s, s.replace(bc, bc, 0) is s, s.replace('zz', 'zz') is s, s.replace('abcabcabc', 'abcabcabc') is s)
e = ''
print(e.replace(e, e) is e, s.replace(s, s) is s, s.replace(s, s, -5) is s)
class S(str): pass
t = S('abab')
r = t.replace('ab', 'ab'); print(type(r), r is t, r)
u = 'é' * 5
print(u.replace('é', ''.join(['é'])) is u, u.replace('é', 'é') is u, u.replace('\u0101', 'x') is u)
w = '\U0001f600ab' * 3
print(w.replace('ab', 'ab') is w, w.replace('ab', 'ab'.upper().lower()) is w, w.replace('\U0001f600', '') == 'ab' * 3)
