# gc.callbacks: "start"/"stop" with the info dict, in list order
import gc

log = []
def first(phase, info):
    log.append(("first", phase, info["generation"], info["collected"], info["uncollectable"]))
def second(phase, info):
    log.append(("second", phase, sorted(info.items())))

gc.disable()
gc.collect()
gc.callbacks.append(first)
gc.callbacks.append(second)
for gen in (0, 1, 2):
    x = []
    x.append(x)
    y = {}
    y["y"] = y
    del x, y
    n = gc.collect(gen)
    print(gen, n)
for entry in log:
    print(entry)
log.clear()
gc.callbacks.remove(first)
gc.collect()
print(log)
log.clear()

# an exception in a callback is unraisable; the collection goes on
def bad(phase, info):
    raise ValueError("bad callback " + phase)
gc.callbacks.insert(0, bad)
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
old = sys.stderr
sys.stderr = cap
z = []
z.append(z)
del z
try:
    print("collected", gc.collect())
finally:
    sys.stderr = old
text = "".join(cap.parts)
for line in text.splitlines():
    if " at 0x" in line:
        line = line[:line.index(" at 0x")] + " at ADDR>"
    if line.startswith('  File "'):
        line = '  File "' + line.split('"')[1].rsplit("/", 1)[-1] + '"' + line.split('"', 2)[2]
    print(line)
print(len(log), log[0][1], log[1][1])
gc.callbacks.clear()

# the callbacks run for automatic collections too
seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, info["generation"])))
gc.set_threshold(5)
gc.enable()
keep = [[] for i in range(20)]
gc.disable()
gc.callbacks.clear()
print(seen[:4], len(seen) > 0, all(g == 0 for p, g in seen[:4]))
gc.set_threshold(700, 10, 10)

# a callback that collects again does nothing (the collector is busy)
inner = []
def nested(phase, info):
    if phase == "start":
        inner.append(gc.collect())
gc.callbacks.append(nested)
gc.collect()
gc.callbacks.clear()
print(inner)
