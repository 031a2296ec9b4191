def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Cup:
    pass

class WithInit:
    def __init__(self, a):
        self.a = a

class BadInit:
    def __init__(self):
        return 1

show(lambda: Cup(1))
show(lambda: Cup(x=1))
show(lambda: WithInit())
show(lambda: WithInit(1, 2))
show(lambda: BadInit())
show(lambda: object(1))
show(lambda: object.__init__(Cup(), 1))
show(lambda: Cup.__init__(Cup(), 1))
show(lambda: type())
show(lambda: type(1, 2))
show(lambda: type('A', 1, {}))
show(lambda: type(1, (), {}))
show(lambda: type('A', (), 1))
show(lambda: type('A\0', (), {}))
show(lambda: type('A', (), {'__qualname__': 1}))
show(lambda: type.__new__(type, 'A'))
show(lambda: type.__new__(1, 'A', (), {}))
show(lambda: type.__new__(int, 'A', (), {}))
show(lambda: object.__new__(int))
show(lambda: int.__new__(object))
show(lambda: type('X', (object,), {}, foo=1))

def bad_base():
    class B(1):
        pass
show(bad_base)
def bool_base():
    class B(bool):
        pass
show(bool_base)
def layout():
    class B(int, str):
        pass
show(layout)
def dup():
    class A: pass
    class B(A, A): pass
show(dup)
def mro():
    class A: pass
    class B(A): pass
    class C(A, B): pass
show(mro)
def meta():
    class M(type): pass
    class N(type): pass
    class A(metaclass=M): pass
    class B(metaclass=N): pass
    class C(A, B): pass
show(meta)
def kw():
    class A(x=1): pass
show(kw)
