# Dict work: string keys, counting, lookups, iteration.
def main():
    words = ["tea", "chai", "milk", "sugar", "ginger", "cardamom", "water", "leaf"]
    counts = {}
    for i in range(1500000):
        w = words[i % 8] + str(i % 1000)
        counts[w] = counts.get(w, 0) + 1
    total = 0
    for k, v in counts.items():
        if k in counts:
            total += v
    d = {i: i * 2 for i in range(600000)}
    for i in range(600000):
        total += d[i]
    print(len(counts), total)


main()
