import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.setrecursionlimit(2**40)
except OverflowError as e:
    print("OverflowError:", e)

def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            msg = str(e)
            head, depth = msg.split(" depth ")
            return head, int(depth.split(":")[0]) > 50, msg.split(":")[1]
        return "no error"
    return deep(n - 1)

print(deep(50))
sys.setrecursionlimit(1000)

def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
