import sys

class Big:
    def __sizeof__(self):
        return 1000

class Neg:
    def __sizeof__(self):
        return -1

class Bad:
    def __sizeof__(self):
        return "x"

print(sys.getsizeof(Big()))
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print("ValueError:", e)
try:
    sys.getsizeof(Bad())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(Bad(), 7))
print(sys.getsizeof(Neg(), 7) if False else "skip")
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(1, default=5))

class NoSize:
    __sizeof__ = None
try:
    sys.getsizeof(NoSize())
except TypeError as e:
    print("TypeError:", e)

class BigInt(int):
    pass
print(sys.getsizeof(BigInt(5)), sys.getsizeof(5))
class MyList(list):
    pass
print(sys.getsizeof(MyList()), sys.getsizeof([]))
class MyStr(str):
    pass
print(sys.getsizeof(MyStr("ab")), sys.getsizeof("ab"))
