# Recursion that goes through C code raises RecursionError, never crashes.
import sys

y = []
for i in range(100000):
    y = [y]
try:
    repr(y)
except RecursionError as e:
    print("repr:", e)

d = {}
for i in range(100000):
    d = {1: d}
try:
    str(d)
except RecursionError as e:
    print("str:", e)

t = ()
for i in range(100000):
    t = (t,)
try:
    hash(t)
except RecursionError as e:
    print("hash:", e)


class S:
    def __eq__(self, o):
        return self == o


try:
    S() == S()
except RecursionError as e:
    print("eq:", e)


def f(n):
    return f(n + 1)


try:
    f(0)
except RecursionError as e:
    print("python:", e)
print(sys.getrecursionlimit())
