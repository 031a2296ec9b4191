import sys

score = 10
print(sys.getsizeof(score))
a = "chai"
print(sys.getsizeof(a))
a = 3.14
print(sys.getsizeof(a))
my_list1 = [1, 2, 3]
print(sys.getsizeof(my_list1))
print(sys.getsizeof(my_list1[:]))
print(sys.getsizeof((1, 2, 3)))
print(sys.getsizeof({"k": 1}))
print(sys.getsizeof(True), sys.getsizeof(None))
