import sys, copy
g = sys.getsizeof
# dicts of many patterns
for n in [0,1,5,6,8,10,11,16,21,22,32,43,44,64,86,87,128,171,172,256,341,342,1000]:
    d = dict.fromkeys(range(n))
    r = [g(d), g(d.copy()), g(dict(d)), g(copy.copy(d)), g({**d}), g(dict(d.items())), g(dict.fromkeys(d, 1))]
    for k in list(d)[: n // 2]:
        del d[k]
    r += [g(d), g(d.copy()), g(dict(d))]
    d[-1] = 1; r.append(g(d))
    d.update({i + 10000: i for i in range(n // 3)}); r.append(g(d))
    print("dict", n, r)
# big deletes then reinserts
d = {}
out = []
for i in range(200):
    d[i] = i
    if i % 3 == 0: del d[i]
    out.append(g(d))
print(out)
d = dict.fromkeys("abcdefghij"); 
for k in "abcdefgh": d.pop(k)
print(g(d)); d["z"] = 1; print(g(d))
# instance dicts
class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
for n in [0, 1, 2, 3, 5, 6, 10, 20, 29, 30, 31, 40, 60]:
    p = P(n); q = P(n)
    print("inst", n, g(p), g(p.__dict__), g(q.__dict__), g(P(n).__dict__.copy()), g(dict(P(n).__dict__)))
class Q:
    pass
q = Q(); q.x = 1; q.y = 2; print(g(q.__dict__)); d = q.__dict__; q.z = 3; print(g(d)); del q.x; print(g(d))
q2 = Q(); q2.y = 1; q2.x = 2; print("order", g(q2.__dict__))
q3 = Q(); q3.__dict__["x"] = 1; print("via dict", g(q3.__dict__))
q4 = Q(); d4 = q4.__dict__; print("empty mat", g(d4)); q4.a = 1; print(g(d4))
q5 = Q(); vars(q5).update(a=1, b=2); print("vars upd", g(q5.__dict__))
q6 = Q(); q6.__dict__ = {"a": 1}; print("assigned", g(q6.__dict__))
print("copy inst", g(copy.copy(Q())), g(copy.deepcopy(P(3)).__dict__))
print("class dict", g(P.__dict__), g(Q.__dict__))
# sets
for n in [0,1,4,5,8,9,18,19,20,40,77,78,80,160,1000,5000]:
    s = set(range(n))
    r = [g(s), g(s.copy()), g(frozenset(s)), g(set(s)), g(copy.copy(s)), g(s | set()), g(s & s), g(s - set()), g(s ^ set()), g(set(list(s))), g({*s}), g(set(x for x in s))]
    s2 = set(); s2.update(s); r.append(g(s2))
    s3 = set(s); s3.intersection_update(range(n // 2)); r.append(g(s3))
    s4 = set(s); s4.difference_update(range(n // 2)); r.append(g(s4))
    s5 = set(s); s5.symmetric_difference_update(range(n, 2*n)); r.append(g(s5))
    print("set", n, r)
print(g(frozenset("abc")), g(frozenset([1,2,3,4,5,6])), g(frozenset(range(5)) | frozenset(range(10))))
print(g(set("hello world")), g(set(b"hello")), g(set(range(10)).union(range(20), range(30))))
# lists more
for n in [0,1,2,4,5,8,9,16,17,25,26,35,36,46,47,58,59,72,73,88,89,106,107]:
    l = list(range(n))
    r = [g(l), g(l[:]), g(l.copy()), g(copy.copy(l)), g(l + []), g(l * 1), g(l * 2), g(sorted(l)), g(list(reversed(l))), g([*l]), g([*l, 1]), g(l[::2]), g(list(l)), g(list(tuple(l))), g(copy.deepcopy(l))]
    l2 = []; l2 += l; r.append(g(l2))
    l3 = [0]; l3 *= n; r.append(g(l3))
    l4 = list(l); l4[len(l4):] = l; r.append(g(l4))
    l5 = list(l); del l5[::2]; r.append(g(l5))
    l6 = list(l); l6[:] = []; r.append(g(l6))
    l7 = list(l); l7.remove(l7[0]) if l7 else None; r.append(g(l7))
    l8 = [None] * n; l8.__init__([1]); r.append(g(l8))
    print("list", n, r)
# tuple ops
print(g(tuple([1,2,3])), g((1,2)+(3,)), g((1,)*10), g(tuple(x for x in range(7))), g((1,2,3)[1:]), g(divmod(7,2)), g(tuple(range(100))))
# bytes & bytearray ops
for n in [0, 1, 7, 8, 16, 100]:
    b = bytes(range(n))
    ba = bytearray(b)
    r = [g(b), g(b + b"x"), g(b * 2), g(b[1:]), g(ba), g(ba + b"x"), g(ba * 2), g(ba[1:]), g(bytearray(ba)), g(ba.copy()), g(bytes(ba))]
    ba2 = bytearray(); ba2 += b; r.append(g(ba2))
    ba3 = bytearray(b); ba3.extend(b); r.append(g(ba3))
    ba4 = bytearray(b); ba4 *= 3; r.append(g(ba4))
    ba5 = bytearray(b); ba5[:] = b"abc"; r.append(g(ba5))
    ba6 = bytearray(b); ba6.insert(0, 1); r.append(g(ba6))
    ba7 = bytearray(b); ba7.pop() if ba7 else None; r.append(g(ba7))
    ba8 = bytearray(b); ba8.append(1); ba8.append(1); r.append(g(ba8))
    print("bytes", n, r)
print(g(b"x".join([b"ab"] * 5)), g(bytearray(b"x").join([b"ab"] * 5)), g(bytes.fromhex("aabb")), g(bytearray.fromhex("aabbcc")), g("abc".encode()), g(b"%d" % 5), g(bytearray(b"abc").upper()))
