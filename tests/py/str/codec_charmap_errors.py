# The single-byte table codecs (cp1252 & co) with each error handler, on
# encoding and decoding; errors that are not the codec's own come out
# wrapped as by CPython's Python-level charmap codecs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__))
text = 'a\ud800\udc80\u20ac\U0001f600b\udcff'
data = b'a\x81\x8d\x90\x9d\xffb'
for enc in ['cp1252', 'koi8_r', 'cp437', 'latin2', 'mac_roman', 'cp1251', 'cp850', 'latin-9']:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace',
                'surrogateescape', 'surrogatepass', 'bogus']:
        t(lambda: text.encode(enc, err))
        t(lambda: data.decode(enc, err))
    t(lambda: data.decode(enc, 'namereplace'))
t(lambda: 'x'.encode('cp1252', 'bogus'))
t(lambda: b'x'.decode('cp1252', 'bogus'))
t(lambda: '\udc81'.encode('cp1252', 'surrogateescape'))
t(lambda: 'a\udc81\udc90'.encode('cp1252', 'surrogatepass'))
t(lambda: str(b'\x81x', 'cp1252', 'replace'))
t(lambda: bytearray(b'\x81x').decode('koi8-r'))
# the encoding-only handlers cannot decode (any codec)
for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'utf-32-be']:
    t(lambda: b'\xff\xfe\xff\xff\xff'.decode(enc, 'namereplace'))
    t(lambda: b'\xff\xfe\xff\xff\xff'.decode(enc, 'xmlcharrefreplace'))
try:
    b'\x81'.decode('cp1252', 'bogus')
except LookupError as e:
    print(e.__suppress_context__, type(e.__cause__).__name__, e.__cause__.args)
# which names CPython takes straight to its C codecs (errors unwrapped)
for enc in ['utf8', 'UTF_8', ' utf-8 ', 'u8', 'utf-8-sig', 'utf-16', 'UTF16', 'utf-16-le', 'utf-32',
            'utf_32_be', 'ascii', 'US-ASCII', '646', 'latin1', 'Latin_1', 'l1', 'ISO-8859-1',
            'iso8859_1', '8859', 'iso-8859-1-', '--latin-1']:
    t(lambda: b'\xff\xfe\xff\xff\xff\xff\x00\xd8\x80'.decode(enc, 'xmlcharrefreplace'))
    t(lambda: '\ud800'.encode(enc, 'bogus'))
