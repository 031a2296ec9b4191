import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice("abcdef"), random.randrange(10), random.randrange(5, 50, 5), random.getrandbits(70))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample("abcdefghij", 3), random.sample(range(1000), 10))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(), random.expovariate(2))
random.seed("hello")
print(random.random(), random.randint(0, 10**20))
random.seed(b"bytes")
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(-12345678901234567890)
print(random.random())
r = random.Random(7)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], r.randbytes(5))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample({1, 2}, 1), lambda: random.randint(5, 1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
random.seed(0)
print([random.random() for _ in range(700)][-1])
