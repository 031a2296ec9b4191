# instance attributes are released in the order of the class's shared keys
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class C:
    pass
c = C()
c.a = D('a')
c.b = D('b')
c.c = D('c')
del c
print("-- set in another order")
c = C()
c.c = D('c2')
c.a = D('a2')
c.b = D('b2')
del c
print("-- after __dict__")
c = C()
c.b = D('b3')
c.a = D('a3')
c.__dict__
del c
print("-- attribute deleted and set again")
c = C()
c.a = D('a4')
c.b = D('b4')
del c.a
c.a = D('a5')
del c
print("end")
