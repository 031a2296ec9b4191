# s += t in a loop stays fast (in-place resize when uniquely referenced)
s = ""
for i in range(200000):
    s += "ab"
print(len(s), s[:6], s[-4:])
t = "x"
parts = []
for i in range(1000):
    t += str(i % 10)
    if i % 250 == 0:
        parts.append(t)      # shares t: the next += must copy
print(len(t), [len(p) for p in parts], parts[1][-3:])
u = "é"
for i in range(1000):
    u += "€"
print(len(u), u[:3])
v = "abc"
w = v
v += "d"
print(v, w)
