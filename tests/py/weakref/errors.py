import weakref


class C:
    pass


for make in [lambda: weakref.ref(),
             lambda: weakref.ref(1),
             lambda: weakref.ref("s"),
             lambda: weakref.ref([]),
             lambda: weakref.ref({}),
             lambda: weakref.ref((1,)),
             lambda: weakref.ref(C(), None, 3),
             lambda: weakref.ref(C())(1),
             lambda: weakref.proxy(1),
             lambda: hash(weakref.proxy(C()))]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)


class WithWeak:
    __slots__ = ("a", "__weakref__")


w = WithWeak()
print(weakref.ref(w)() is w)


def f():
    pass


print(weakref.ref(f)() is f, weakref.ref(C)() is C)
print(weakref.ref({1})() == {1}, weakref.ref(frozenset())() == frozenset())
