# equal constants in one code unit are one object; identifier-like ones
# are shared across functions and modules by interning
def g():
    return "shared_name"
def h():
    return "shared_name"
print(g() is h())
def p():
    return "not an identifier!"
def q():
    return "not an identifier!"
print(p() == q())
t1 = ("shared_name", 1)
print(t1[0] is g())
empty1 = ""
empty2 = str()
print(empty1 is empty2, "".join([]) is empty1, "abc"[5:] is empty1)
