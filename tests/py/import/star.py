from helper_all import *
print(exported, also)
try:
    hidden
except NameError as e:
    print("NameError:", e)
from helper_a import *
print(value, func())
try:
    _private
except NameError as e:
    print("NameError:", e)
