# String work: building, joining, splitting, formatting, methods.
def main():
    parts = []
    for i in range(600000):
        parts.append("item" + str(i))
    text = ",".join(parts)
    fields = text.split(",")
    total = 0
    for f in fields:
        if f.startswith("item1"):
            total += len(f.upper())
    lines = []
    for i in range(300000):
        lines.append(f"{i}: {i * 2.5:.2f} {'x' * (i % 5)}")
    s = "\n".join(lines)
    print(total, len(s), s.count("x"), s.replace("x", "yy").count("y"))


main()
