import sys
g = sys.getsizeof
class Q: pass
q5 = Q(); vars(q5).update(a=1, b=2); print("vars upd", g(q5.__dict__))
class R: pass
r = R(); r.__dict__.update({"a": 1, "b": 2}); print(g(r.__dict__))
class R2: pass
r = R2(); r.__dict__.update(a=1); print(g(r.__dict__))
class R3: pass
r = R3(); r.x = 1; r.__dict__.update(a=1, b=2, c=3); print(g(r.__dict__))
class R4: pass
r = R4(); r.__dict__.update([("a", 1), ("b", 2)]); print(g(r.__dict__))
class R5: pass
r = R5(); d = r.__dict__; d["a"] = 1; d["b"] = 2; print(g(d))
class R6: pass
r = R6(); r.a = 1; r2 = R6(); r2.__dict__.update(a=1, b=2); print(g(r2.__dict__))
class R7:
    def __init__(self): self.a = 1; self.b = 2
r = R7(); r2 = R7(); r2.__dict__.update(a=3, b=4); print(g(r2.__dict__)); r2.__dict__.update(c=5); print(g(r2.__dict__))
r2.__dict__.update(dict.fromkeys(map(str, range(20)))); print(g(r2.__dict__))
