import sys
score = 10
a_score = 10
print(score is a_score, sys.getrefcount(score) > 3)
a = 3
print(type(a))
a = "chai"
print(type(a))
a = 3.14
print(type(a))
a = [1, 2]
print(type(a), type(type(a)))
values = [10, "chai", 3.14, None, True, (1,), {1: 2}, {3}, b"x"]
print([type(v).__name__ for v in values])
def kind(v):
    return type(v).__name__
print(kind(score), kind(kind))
