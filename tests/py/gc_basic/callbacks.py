import gc

events = []
def cb(phase, info):
    events.append((phase, sorted(info), info["generation"]))

gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)

results = []
def counter(phase, info):
    if phase == "stop":
        results.append(info["collected"])

x = []
x.append(x)
del x
gc.collect()
gc.callbacks.append(counter)
y = []
y.append(y)
del y
gc.collect()
gc.callbacks.clear()
print(results)
