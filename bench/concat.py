# Building strings with += (in place while the string has one reference).
def main():
    s = ""
    for i in range(2000000):
        s += "ab"
    t = ""
    for i in range(300000):
        t += str(i % 10)
        if i % 1000 == 0:
            keep = t          # a second reference: the next += must copy
    u = "é"
    for i in range(300000):
        u += "€"
    print(len(s), len(t), len(keep), len(u))


main()
