import sys
print(sys.getrecursionlimit())
depth = 0
def r():
    global depth
    depth += 1
    r()
try:
    r()
except RecursionError as e:
    print("RecursionError:", e, depth)

def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("again:", e)

sys.setrecursionlimit(50)
depth = 0
try:
    r()
except RecursionError as e:
    print("limit 50:", depth)
sys.setrecursionlimit(1000)

# recursion through a dunder (C recursion)
class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print("repr:", type(e).__name__)

# mutual recursion
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(500), odd(301))

# recursion is fine again after the error
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))

# deep but allowed
sys.setrecursionlimit(5000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(4000))
sys.setrecursionlimit(1000)

def gen_recursive(n):
    if n:
        yield n
        yield from gen_recursive(n - 1)
print(sum(gen_recursive(100)))
