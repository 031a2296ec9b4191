# objects still alive at the end of the program are finalized at exit
import gc

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.disable()
a = Loud("cycle-a"); b = Loud("cycle-b")
a.b = b; b.a = a
del a, b
keep = Loud("global")
print("end of program")
