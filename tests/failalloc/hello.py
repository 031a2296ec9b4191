# start-up and the smallest program
print("hello")
