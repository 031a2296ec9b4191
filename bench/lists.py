# List work: comprehensions, sorting, slicing, append/pop.
def main():
    data = [(i * 7919) % 100003 for i in range(1000000)]
    squares = [x * x for x in data if x % 2]
    data.sort()
    rev = sorted(squares, reverse=True)
    stack = []
    for x in data[:600000]:
        stack.append(x)
        if len(stack) > 100:
            stack.pop()
    chunks = [data[i:i + 10] for i in range(0, len(data), 10)]
    print(len(squares), rev[0], data[-1], len(stack), len(chunks))


main()
