# freeing deeply nested structures must not overflow the C stack
l = []
for i in range(1000000):
    l = [l]
del l
print("list freed")
t = ()
for i in range(1000000):
    t = (t,)
del t
print("tuple freed")
d = {}
for i in range(300000):
    d = {'k': d}
del d
print("dict freed")
class D:
    def __del__(self):
        print("del outer")
x = [D()]
for i in range(100000):
    x = [x]
del x
print("end")
