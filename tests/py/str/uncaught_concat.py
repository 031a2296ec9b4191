print("before")
x = "total: " + 42
print("after")
