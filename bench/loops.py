# Plain loops with integer arithmetic and comparisons.
def main():
    total = 0
    i = 0
    while i < 6000000:
        if i % 3 == 0:
            total += i
        elif i & 1:
            total -= i >> 1
        i += 1
    for j in range(3000000):
        total ^= j
    print(total)


main()
