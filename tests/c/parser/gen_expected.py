# Records what python3 (CPython 3.11) says for each case of cases_*.txt, into
# the matching expected_*.txt read by tests/c/test_parser.c.  Run from the
# repository root after editing a cases file:
#     python3 tests/c/parser/gen_expected.py tests/c/parser/cases_*.txt
#
# cases file format: cases separated by lines "%%" (exec mode, bytes) or
# "#==== MODE [str] [nonl]" (MODE is
# exec, eval or single; "str" passes the source as a str instead of bytes).
# Everything up to the next separator is the source (the final newline of
# the block is dropped only if the separator line says "nonl").
import ast, sys

def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif ch == '\t': out.append('\\t')
        elif o < 0x20 or o == 0x7f: out.append('\\x%02x' % o)
        else: out.append(ch)
    return ''.join(out)

def result(src, mode, as_str):
    try:
        s = src if as_str else src.encode('utf-8', 'surrogateescape')
        tree = ast.parse(s, '<s>', mode)
        return ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        def n(v): return 0 if v is None else v
        return 'ERR %s|%s|%d|%d|%d|%d|%s' % (type(e).__name__, e.msg, n(e.lineno), n(e.offset),
                                           n(e.end_lineno), n(e.end_offset),
                                           '' if e.text is None else e.text)
    except (ValueError, MemoryError, RecursionError) as e:
        return 'ERR %s|%s|0|0|0|0|' % (type(e).__name__, str(e))

def parse_cases(text):
    cases = []
    cur = None
    for line in text.split('\n'):
        if line.startswith('#====') or line == '%%':
            if cur: cases.append(cur)
            parts = line[5:].split() if line != '%%' else []
            cur = [parts[0] if parts else 'exec', 'str' in parts[1:], 'nonl' in parts[1:], []]
        elif cur is not None:
            cur[3].append(line)
    if cur: cases.append(cur)
    out = []
    for mode, as_str, nonl, lines in cases:
        while lines and lines[-1] == '':
            lines.pop()
        src = '\n'.join(lines) + ('' if nonl else '\n')
        out.append((mode, as_str, src))
    return out

for path in sys.argv[1:]:
    text = open(path, encoding='utf-8', errors='surrogateescape').read()
    outp = path.replace('cases_', 'expected_')
    with open(outp, 'w', encoding='utf-8', errors='surrogateescape') as f:
        for mode, as_str, src in parse_cases(text):
            f.write('%s %s\n%s\n%s\n' % (mode, 'str' if as_str else 'bytes', esc(src),
                                         esc(result(src, mode, as_str))))
    print(outp)
