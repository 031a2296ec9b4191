# Compare our parser with python3 on real files:
#     python3 tests/c/parser/compare_files.py BUILD/test_parser FILE_OR_DIR...
# For each .py file: the AST dump (ast.dump with attributes) or the error
# (type, msg, lineno, offset, end_lineno, end_offset) must be the same.
# Prints a summary line "N same, N different (N accept/reject mismatches)".
import ast, os, subprocess, sys

exe = sys.argv[1]
paths = []
for a in sys.argv[2:]:
    if os.path.isdir(a):
        for root, dirs, files in os.walk(a):
            for f in files:
                if f.endswith('.py'):
                    paths.append(os.path.join(root, f))
    else:
        paths.append(a)
paths.sort()
same = diff = verdict = 0
shown = 0
for path in paths:
    src = open(path, 'rb').read()
    try:
        want = ast.dump(ast.parse(src, '<s>'), include_attributes=True)
    except SyntaxError as e:
        n = lambda v: 0 if v is None else v
        want = 'ERR %s|%s|%d|%d|%d|%d' % (type(e).__name__, e.msg, n(e.lineno), n(e.offset),
                                         n(e.end_lineno), n(e.end_offset))
    except (ValueError, MemoryError, RecursionError) as e:
        want = 'ERR %s|%s' % (type(e).__name__, e)
    try:
        got = subprocess.run([exe, '--dump', path], capture_output=True, timeout=60).stdout.decode('utf-8', 'surrogateescape').rstrip('\n')
    except subprocess.TimeoutExpired:
        got = 'TIMEOUT'
    if got.startswith('ERR ') and want.startswith('ERR '):
        got = '|'.join(got.split('|')[:6]) if 'SyntaxError' in got or 'Error' in got else got
        if want.count('|') < 5:
            got = '|'.join(got.split('|')[:2])
    if got == want:
        same += 1
    else:
        diff += 1
        if got.startswith('ERR') != want.startswith('ERR'):
            verdict += 1
        if shown < int(os.environ.get('SHOW', '10')):
            shown += 1
            # find first difference
            i = 0
            while i < min(len(got), len(want)) and got[i] == want[i]:
                i += 1
            print('DIFF', path)
            print('  want:', want[max(0, i-150):i+150])
            print('  got: ', got[max(0, i-150):i+150])
print('%d same, %d different (%d accept/reject mismatches)' % (same, diff, verdict))
