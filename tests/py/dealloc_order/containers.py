# the order in which containers release their items (visible via __del__)
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __repr__(self):
        return self.name
    def __hash__(self):
        return int(self.name[1:])
    def __eq__(self, other):
        return self is other

print("-- list")
l = [D('l1'), D('l2'), D('l3')]
del l
print("-- tuple")
t = (D('t1'), D('t2'), D('t3'))
del t
print("-- dict: entry order, key then value")
d = {D('k1'): D('v1'), D('k2'): D('v2')}
del d
print("-- dict with a deleted entry")
d = {1: D('a1'), 2: D('a2'), 3: D('a3')}
del d[2]
print("deleted")
del d
print("-- set: table order")
s = {D('s5'), D('s1'), D('s3')}
del s
print("-- nested list")
n = [D('n1'), [D('n2'), D('n3')], D('n4')]
del n
print("-- list.clear")
l = [D('c1'), D('c2'), D('c3')]
l.clear()
print("cleared", l)
print("-- slice deletion")
l = [D('s%d' % i) for i in range(6)]
del l[1:4]
print("after del", l)
l[0:1] = [D('r0')]
print("after replace", l)
del l[::2]
print("after ext del", l)
l = [D('x%d' % i) for i in range(4)]
l[::2] = [D('y0'), D('y1')]
print("after ext assign", l)
print("-- pop and remove")
l = [D('p1'), D('p2')]
l.pop()
print("popped")
l.remove(l[0])
print("removed")
print("-- dict clear and popitem")
d = {1: D('d1'), 2: D('d2'), 3: D('d3')}
d.popitem()
print("popitem done")
d.clear()
print("cleared")
print("-- dict value replaced")
d = {1: D('old')}
d[1] = D('new')
print("replaced")
del d
print("-- reassigning a list")
l = [D('a'), D('b')]
l = None
print("-- set.clear and discard")
s = {D('q1'), D('q2')}
s.discard(next(iter(s)))
print("discarded")
s.clear()
print("end")
