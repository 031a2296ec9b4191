import copy

x = [1, 2]
memo = {}
y = copy.deepcopy(x, memo)
print(y == x, y is x)
print(memo[id(x)] is y)
keep = memo[id(memo)]
print(type(keep).__name__, len(keep), keep[0] is x)
print(len(memo))

z = [x, x]
memo2 = {}
zc = copy.deepcopy(z, memo2)
print(zc[0] is zc[1], len(memo2), len(memo2[id(memo2)]))

# atoms are not memoized
memo3 = {}
copy.deepcopy(5, memo3)
copy.deepcopy("s", memo3)
print(memo3)

# a pre-filled memo is honoured
sentinel = ["pre"]
memo4 = {id(x): sentinel}
print(copy.deepcopy([x], memo4)[0] is sentinel)
