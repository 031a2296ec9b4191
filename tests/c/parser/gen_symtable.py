# Records python3's symbol tables for each case of cases_symtable.txt into
# expected_symtable.txt (read by tests/c/test_symtable.c).  Run from the
# repository root:  python3 tests/c/parser/gen_symtable.py
# Same cases format as gen_expected.py ("%%" separators).
import symtable, sys
sys.path.insert(0, 'tests/c/parser')
from gen_expected import esc, parse_cases

TYPES = {'module': 'module', 'function': 'function', 'class': 'class'}

def dump(t, out):
    tb = t._table
    params = [v for v in tb.varnames]
    out.append('B %s %s %d %d %s' % (t.get_type(), t.get_name(), t.get_lineno(),
                                    tb.nested, ','.join(params)))
    for name in sorted(tb.symbols):
        flags = tb.symbols[name]
        out.append('S %s %d %d' % (name, (flags >> 11) & 7, flags & 0x7ff))
    for c in t.get_children():
        dump(c, out)

def result(src):
    try:
        t = symtable.symtable(src, '<s>', 'exec')
    except SyntaxError as e:
        n = lambda v: 0 if v is None else v
        return 'ERR %s|%s|%d|%d|%d|%d' % (type(e).__name__, e.msg, n(e.lineno), n(e.offset),
                                         n(e.end_lineno), n(e.end_offset))
    except RecursionError as e:
        return 'ERR RecursionError|%s|0|0|0|0' % e
    out = []
    dump(t, out)
    return '\n'.join(out)

path = 'tests/c/parser/cases_symtable.txt'
cases = parse_cases(open(path).read())
with open(path.replace('cases_', 'expected_'), 'w') as f:
    for mode, as_str, src in cases:
        f.write('%s\n%s\n' % (esc(src), esc(result(src))))
print(len(cases), 'cases')
