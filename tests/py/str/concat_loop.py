# s += t in a loop: in-place resize when uniquely referenced, a copy when shared
# (its speed is measured by bench/concat.py, not by this test)
s = ""
for i in range(10000):
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
