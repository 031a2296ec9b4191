# code.__sizeof__ is CPython's PyCodeObject (184 bytes) plus the bytecode,
# rounded up to a word; our bytecode differs from CPython's, so only the
# relation is checked here (tests/differences/getsizeof_code.py)
import sys

def f(a, b=1, *args, **kw):
    x = 1
    def inner():
        return x
    return inner

codes = [f.__code__, f.__code__.co_consts[1] if hasattr(f.__code__.co_consts[1], "co_code") else f(1).__code__,
         (lambda: 0).__code__, compile("x = 1\nprint(x)", "s", "exec"), compile("1", "e", "eval")]
for c in codes:
    n = c.__sizeof__()
    print(n == (184 + len(c.co_code) + 7) // 8 * 8, sys.getsizeof(c) == n, n % 8)
