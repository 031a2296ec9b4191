# gc.get_objects(generation): where a new object is, generation by generation
import gc

def where(o):
    return [any(x is o for x in gc.get_objects(g)) for g in range(3)]

gc.disable()
gc.collect()
x = [1, 2]
print(where(x), any(o is x for o in gc.get_objects()))
gc.collect(0)
print(where(x))
gc.collect(1)
print(where(x))
gc.collect(0)
print(where(x))
gc.collect()
print(where(x))
y = []
gc.collect()
print(where(y))
# atoms and untracked objects are not listed
n = 123456789
s = "a string"
print(any(o is n for o in gc.get_objects()), any(o is s for o in gc.get_objects()))
t = (1, 2)
print(any(o is t for o in gc.get_objects()))
# the result list itself is not in the result
r = gc.get_objects()
print(any(o is r for o in r))
print(all(gc.is_tracked(o) for o in gc.get_objects(0)))
for bad in (3, -2, 10):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print(e)
print(type(gc.get_objects(None)))
gc.enable()
