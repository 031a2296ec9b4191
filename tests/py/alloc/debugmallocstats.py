# sys._debugmallocstats() prints the allocator's statistics to stderr in
# CPython's layout; the numbers are the implementation's own, so this
# checks the layout and that the numbers agree with each other.
import os, sys

path = "debugmallocstats.tmp"
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
saved = os.dup(2)
keep = [[i] for i in range(20000)]          # some pools in use
sys.stderr.flush()
os.dup2(fd, 2)
try:
    r = sys._debugmallocstats()
finally:
    sys.stderr.flush()
    os.dup2(saved, 2)
    os.close(saved)
os.close(fd)
with open(path) as f:
    text = f.read()
os.unlink(path)
print(r)
lines = text.split("\n")
print(lines[0].startswith("Small block threshold = 512, in 32 size classes."))
print(lines[1] == "")
print(lines[2] == "class   size   num pools   blocks in use  avail blocks")
print(lines[3] == "-----   ----   ---------   -------------  ------------")

def value(line):
    label, _, num = line.rpartition("=")
    return label.rstrip(), int(num.replace(",", ""))

i = 4
rows = []
while lines[i]:
    cls, size, pools, used, avail = map(int, lines[i].split())
    rows.append((cls, size, pools, used, avail))
    i += 1
print(len(rows) > 0, all(size == 16 * (cls + 1) for cls, size, *_ in rows))
print(all(pools > 0 and used + avail > 0 for _, _, pools, used, avail in rows))
print(sorted(r[0] for r in rows) == [r[0] for r in rows])
stats = {}
for line in lines[i + 1:]:
    if "=" in line:
        label, v = value(line)
        stats.setdefault(label, v)
        if label == "Total":
            break
labels = list(stats)
print(labels[:4])
print(stats["# arenas allocated current"] >= 1)
print(stats["# arenas allocated total"] - stats["# arenas reclaimed"] == stats["# arenas allocated current"])
print(stats["# arenas highwater mark"] >= stats["# arenas allocated current"])
arena_line = [l for l in labels if l.endswith("bytes/arena")][0]
print(arena_line.split()[1:3] == ["arenas", "*"])
parts = ["# bytes in allocated blocks", "# bytes in available blocks",
         "# bytes lost to pool headers", "# bytes lost to quantization",
         "# bytes lost to arena alignment"]
unused = [l for l in labels if "unused pools" in l][0]
print(all(p in stats for p in parts))
print(sum(stats[p] for p in parts) + stats[unused] == stats["Total"] == stats[arena_line])
print(stats["# bytes in allocated blocks"] == sum(size * used for _, size, _, used, _ in rows))
print("arena map counts" in lines)
free = [l for l in lines if " free " in l and "bytes each" in l]
print(len(free), free[0].split()[1:3], free[-1].split()[1:3])
print(all(len(l.rstrip()) == len(free[0].rstrip()) for l in free))
del keep
sys._debugmallocstats()
print("done", file=sys.stderr)
