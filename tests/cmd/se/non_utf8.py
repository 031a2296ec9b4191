x = 1
print("ÿþ")
