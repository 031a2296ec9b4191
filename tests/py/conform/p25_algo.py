# classic algorithm exercises
def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves); moves.append((src, dst)); hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1: yield s; return
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]): yield c + p
print(list(perms("abc")), sum(1 for _ in perms("abcdef")))
def sieve(n):
    is_p = [True] * (n + 1); is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]: is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
print(sieve(100), len(sieve(10000)))
def binsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x: lo = mid + 1
        else: hi = mid
    return lo
print([binsearch(sieve(100), v) for v in (2, 50, 97, 1000)])
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a) // 2; l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []; i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
import random
random.seed(7); data = [random.randint(-1000, 1000) for _ in range(500)]
print(merge_sort(data) == sorted(data), merge_sort(data)[:5], random.random())
def quick(a): return a if len(a) < 2 else quick([x for x in a[1:] if x < a[0]]) + [a[0]] + quick([x for x in a[1:] if x >= a[0]])
print(quick([3, 6, 1, 8, 2, 9, 2]))
memo = {}
def fib(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2); memo[n] = r; return r
print(fib(300), len(memo))
def collatz(n):
    steps = 0
    while n != 1: n = n // 2 if n % 2 == 0 else 3 * n + 1; steps += 1
    return steps
print(max(range(1, 10000), key=collatz), collatz(27))
def gcd(a, b):
    while b: a, b = b, a % b
    return a
print(gcd(2 ** 64, 6 ** 20), gcd(1071, 462))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"; s = ""
    while n: n, r = divmod(n, b); s = digits[r] + s
    return s or "0"
print([to_base(255, b) for b in (2, 8, 16, 36)], int(to_base(10**30, 36), 36) == 10**30)
text = "It was the best of times, it was the worst of times; it was the age of wisdom."
words = [w.strip(",.;").lower() for w in text.split()]
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top, max(freq, key=freq.get))
print(" ".join(w.capitalize() for w in words[:6]), "".join(c for c in text if c.isupper()))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), [sum(r) for r in matrix], sum(map(sum, matrix)))
grid = [["."] * 5 for _ in range(3)]; grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, (3, [4, 5])], [[[6]]]])))
def caesar(s, k): return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar("hello, world", 3), caesar(caesar("abcxyz", 5), -5))
print(bin(2**100).count("1"), (2**100).bit_length(), format(2**70, ",") , f"{2**64:x}", 7**77 % 10**10)
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))), sorted([3, -1, -4, 2], key=abs, reverse=True))
