import sys
g = sys.getsizeof
def show(label, v):
    try:
        print(label, g(v))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
# ints
for v in [0, 1, -1, 2**30-1, 2**30, 2**60-1, 2**60, 2**90, 10**100, -(10**100), 2**1000, True, False]:
    show("int", v)
show("float", 1.0); show("complex", 1j); show("None", None)
# strings
for s in ["", "a", "abc", "\xe9", "\xe9"*10, "\u20ac", "\u20ac"*10, "\U0001f600", "\U0001f600"*10, "a"*1000]:
    show("str%d" % len(s), s)
s = "\xe9abc"; s.encode(); show("lat1 after encode", s)
s = "\u20acabc"; s.encode("utf-8"); show("ucs2 after encode", s)
s = "\U0001f600ab"; s.encode("utf-8"); show("ucs4 after encode", s)
s = "abc" * 5; s.encode(); show("ascii after encode", s)
s = "\xe9" * 3; show("lat1 before", s); x = f"{s}"; show("after fmt", s)
# bytes
for b in [b"", b"a", bytes(10), bytes(1000)]:
    show("bytes", b)
ba = bytearray()
out = []
for i in range(70):
    out.append(g(ba)); ba.append(1)
print("ba append", out)
ba = bytearray(); ba.extend(b"x"*100); show("ba ext100", ba)
ba = bytearray(b"abc"); show("ba abc", ba)
ba = bytearray(b"abc") * 10; show("ba *10", ba)
ba = bytearray(b"abcdef"); del ba[:3]; show("ba del", ba)
ba = bytearray(100); ba.clear(); show("ba clear", ba)
ba = bytearray(b"x"*10); ba += b"y"*20; show("ba iadd", ba)
# lists
l = []; out=[]
for i in range(100):
    out.append(g(l)); l.append(i)
print("list append", out)
l = []; out=[]
for i in range(30):
    l.extend(range(i)); out.append(g(l))
print("list extend", out)
l = []; out=[]
for i in range(40):
    out.append(g(l)); l.insert(0, i)
print("list insert", out)
for n in range(12):
    print("list(range)", n, g(list(range(n))), g([0]*n), g([x for x in range(n)]), g(list(range(20))[:n]), g(list((1,)*n)), g(list(iter(range(n)))))
show("list*", [1,2,3]*7)
l = [1,2,3]; l *= 5; show("list*=", l)
l = list(range(100)); del l[1:]; show("list del", l)
l = list(range(100)); 
out = []
while l:
    l.pop(); out.append(g(l))
print("list pop", out)
show("list sorted", sorted(range(10)))
show("list lit", [1,2,3,4,5,6,7,8,9,10])
show("list comp str", [c for c in "abcdefgh"])
show("list from str", list("abcdefgh"))
show("list from dict", list(dict.fromkeys(range(9))))
show("list from gen", list(x for x in range(9)))
show("list from map", list(map(int, range(9))))
show("list from set", list(set(range(9))))
show("list slice assign", None)
l = [1,2,3]; l[1:2] = range(10); show("l slice assign", l)
l = list(range(20)); l.reverse(); show("l rev", l)
l = list(range(20)); l.sort(); show("l sort", l)
show("l copy", list(range(20)).copy())
show("l add", [1,2]+[3,4,5])
# tuple
for n in range(5):
    show("tuple", tuple(range(n)))
