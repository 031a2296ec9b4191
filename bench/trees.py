# Allocation-heavy: build and drop many binary trees of instances.
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def main():
    total = 0
    for i in range(150):
        total += check(make(12))
    long_lived = make(16)
    total += check(long_lived)
    print(total)


main()
