# imports of modules written in Python, and the sys/os surface
import copy
import sys
import os
data = {"a": [1, 2, {"b": (3, 4)}], "c": "text"}
deep = copy.deepcopy(data)
print(deep == data, deep is data, deep["a"] is data["a"], copy.copy(data)["a"] is data["a"])
print(sys.getsizeof([]), len(sys.argv), sys.getrefcount(data) > 1)
print(os.path.basename("/a/b/c.txt"), os.getcwd() != "")
import math
print(math.sqrt(2), math.factorial(20), round(math.pi, 3))
