# Function calls: recursive fib plus calls with keyword and default arguments.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def area(w, h=2, *, scale=1):
    return w * h * scale


def main():
    total = fib(30)
    for i in range(1000000):
        total += area(i) + area(i, 3) + area(w=i, h=1, scale=2)
    print(total)


main()
