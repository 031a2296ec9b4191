import sys
g = sys.getsizeof
s = "'\xe9t\xe9'"; print(g(s)); eval(s); print("eval lat1", g(s))
s = "'\u20ac'"; print(g(s)); eval(s); print("eval ucs2", g(s))
s = "'\U0001f600'"; print(g(s)); eval(s); print("eval ucs4", g(s))
s = "x = 1 # \xe9"; exec(s); print("exec", g(s))
s = "y = 2 # \u20ac"; compile(s, "f", "exec"); print("compile", g(s))
n = "Cl\xe9"; print(g(n)); T = type(n, (), {}); print("type name", g(n))
n = "attr\xe9"; print(g(n)); 
class O: pass
o = O(); setattr(o, n, 1); print("setattr", g(n)); getattr(o, n); print("getattr", g(n))
n = "\u20acname"; print(g(n)); d = {n: 1}; print(g(n)); print("kw", g(n))
s = "\xe9" * 5; b = s.encode(); print("encode", g(s))
s = "\xe9" * 5; print("%s" % s); print("print", g(s))
s = "\xe9" * 6; f = float.__name__; 
s = "1\xe9"; 
try: int(s)
except ValueError: pass
print("int()", g(s))
s = "\xe9\xe9"; "abc".find(s); print("find", g(s))
s = "\xe9abc"; s2 = s + "x"; print("concat", g(s2))
s = "a\u20ac"[1:]; print("slice", g(s)); s = "a\u20acb"[::2]; print("slice2", g(s))
s = "\u20ac".join(["a","b"]); print("join", g(s)); s = "".join(["a", "\xe9"]); print("join2", g(s))
print("upper", g("\xe9".upper()), g("\xdf".upper()), g("\u0131".upper()))
print("repr", g(repr("\u20ac")), g(ascii("\u20ac")))
print("str(int)", g(str(12345)), g(str(2**100)), g(str(1.5)))
print("chr", g(chr(65)), g(chr(233)), g(chr(0x20ac)), g(chr(0x1f600)))
print("fmt", g(f"{1}{chr(233)}"), g("{}".format("\u20ac")), g("%d" % 5))
print("replace", g("\u20ac".replace("\u20ac", "e")), g("abc".replace("b", "\u20ac")))
print("strip", g(" \u20ac ".strip()), g("\u20ac a".split()[1]))
print("decode", g(b"abc".decode()), g(b"\xc3\xa9".decode()), g("\u20ac".encode().decode()), g(b"\xe9".decode("latin-1")))
print("intstr", g("1234567890" * 3))
# ints
for v in [2**30 - 2**30, 2**60 // 2**30, 10**20 - 10**20 + 5, -(2**30), (2**64) >> 40, (2**64) & 0xff, 2**100 - 2**100 + 2**40, int("1"*50), int(1e20), int(-1e300), abs(-2**70), 7 * 2**31, (2**62) % 1000, divmod(2**80, 3)[1], 2**30 * 0, -0, ~(2**40), 1 << 100, (1 << 100) >> 99, int.from_bytes(b"\xff"*20, "big"), round(2.5e15)]:
    print(v if v < 10**30 else "big", g(v))
print(g(True), g(False), (True).__sizeof__(), (0).__sizeof__(), g(int()), g(float()), g(complex()))
