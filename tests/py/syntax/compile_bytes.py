# compile()/exec()/eval() of bytes honour a coding declaration and count
# parser error offsets in bytes; str sources count characters
cases = [
    b'x = "\xc3\xa9" (1 2)\n',
    'x = "\xe9" (1 2)\n',
    b'x = (1 2)\n',
    b'# coding: utf-8\nx\xff = 1\n',
    b'# coding: utf-8\nx = 1 # \xff\ny = 2 +\n',
    b'# coding: utf-8\nx = b"\xff"\n',
    b'# coding: utf-8\n\xff\n',
    b'# coding: latin-1\nx = "\xe9" (1 2)\n',
]
for src in cases:
    try:
        compile(src, 'nofile', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.args)
ns = {}
exec(b'# coding: latin-1\ny = "\xe9\xff"\n', ns)
print(ascii(ns['y']))
print(ascii(eval(b'# coding: latin-1\n"\xe9"')))
print(ascii(eval(b'"\xc3\xa9"')))
code = compile(b'# -*- coding: latin-1 -*-\nz = "\xe0"\n', 'nofile', 'exec')
exec(code, ns)
print(ascii(ns['z']))
