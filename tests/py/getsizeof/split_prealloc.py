# the sizes of split results for every maxsplit around stringlib's preallocation
# of 12, for str, bytes and bytearray, with and without a separator
import sys
g = sys.getsizeof
for s in ['', 'a', 'a b', ' a  b c ', 'x,' * 20, 'a b c d e f g h i j k l m n o p', '\u0101 \u0102', '\U0001f600,a']:
    b = s.encode()
    for m in (-1, 0, 1, 2, 11, 12, 13, 100):
        print(m, g(s.split(None, m)), g(s.rsplit(None, m)), g(s.split(',', m)), g(s.rsplit(',', m)), g(s.split('\u0101', m)), g(s.split('long separator', m)),
              g(b.split(None, m)), g(b.rsplit(None, m)), g(b.split(b',', m)), g(b.rsplit(b',', m)), g(bytearray(b).split(b',', m)), g(b.split(b'long separator', m)), g(s.splitlines()), g(b.splitlines()))
