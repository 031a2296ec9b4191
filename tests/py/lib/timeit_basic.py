import timeit, gc
t = timeit.timeit("x = sum(range(10))", number=1000)
print(type(t).__name__, t >= 0)
r = timeit.repeat("[i for i in range(5)]", repeat=3, number=100)
print(len(r), all(v >= 0 for v in r))
def work(): return sorted([3, 1, 2])
print(timeit.timeit(work, number=10) >= 0, timeit.Timer(work, setup=lambda: None).timeit(5) >= 0)
print(timeit.timeit("y * 2", setup="y = 21", number=3) >= 0, timeit.timeit("z + 1", globals={"z": 1}, number=2) >= 0)
n, tt = timeit.Timer("pass").autorange(); print(n >= 1, tt >= 0.2)
print(gc.isenabled(), timeit.default_timer is __import__("time").perf_counter)
counter = [0]
def bump(): counter[0] += 1
timeit.timeit(bump, number=7); print(counter)
try:
    timeit.Timer(5)
except ValueError as e:
    print(e)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename)
