import copy

print(copy.error is copy.Error, issubclass(copy.Error, Exception))

class NoReduce:
    def __reduce_ex__(self, proto):
        raise copy.Error("nope")

try:
    copy.copy(NoReduce())
except copy.Error as e:
    print("Error:", e)

class Weird:
    __reduce_ex__ = None
    __reduce__ = None

try:
    copy.copy(Weird())
except copy.Error as e:
    print("Error:", e)
try:
    copy.deepcopy(Weird())
except copy.Error as e:
    print("Error:", e)

class Global:
    def __reduce_ex__(self, proto):
        return "Global"
g = Global()
print(copy.copy(g) is g, copy.deepcopy(g) is g)
print(copy.__all__)
