# gc.set_debug(gc.DEBUG_STATS): the lines the collector writes to sys.stderr
import gc, sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def run(gen):
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    try:
        n = gc.collect(gen)
    finally:
        sys.stderr = old
    text = "".join(cap.parts)
    for line in text.splitlines():
        if line.startswith("gc: objects in"):
            # the counts depend on what the interpreter itself allocated
            print(line.split(":")[0] + ":" + line.split(":")[1], "<counts>")
        elif line.startswith("gc: done"):
            parts = line.split(", ")
            print(", ".join(parts[:3]), "<time>", parts[3].endswith("s elapsed"))
        else:
            print(line)
    return n

gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
l = []
l.append(l)
del l
print("returned", run(0))
a = {}
b = {"a": a}
a["b"] = b
del a, b
print("returned", run(1))
print("returned", run(2))
gc.set_debug(0)
print("returned", run(2))
print(text_left := gc.get_debug())
