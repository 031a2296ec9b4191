# dict error messages, and KeyError's argument
def t(f):
    try:
        print("ok", repr(f()))
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: {}['a'])
t(lambda: {}[1])
t(lambda: {}[(1, 2)])
t(lambda: {}[()])
t(lambda: {}[None])
t(lambda: {}[[]])
t(lambda: {[]: 1})
t(lambda: {}.pop('a'))
t(lambda: {}.pop())
t(lambda: {}.pop(1, 2, 3))
t(lambda: {1: 2}.pop(3))
t(lambda: {}.popitem())
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.get([]))
t(lambda: {}.setdefault())
t(lambda: {}.setdefault([], 1))
t(lambda: {}.fromkeys())
t(lambda: {}.update(1))
t(lambda: {}.update(1, 2))
t(lambda: {}.update([1]))
t(lambda: {}.update([[1]]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.update(['ab', 'cde']))
t(lambda: dict(1))
t(lambda: dict(1, 2))
t(lambda: dict([1, 2]))
t(lambda: dict(['a']))
t(lambda: dict([('a', 1), 5]))
t(lambda: {1: 2} | [(3, 4)])
t(lambda: {1: 2} | 3)
t(lambda: {1: 2} < {1: 2})
t(lambda: hash({}))
t(lambda: {}.keys()[0])
t(lambda: {}.clear(1))
t(lambda: {}.copy(1))
t(lambda: {}.items(1))
def delete(d, k):
    del d[k]
t(lambda: delete({}, 'x'))
t(lambda: delete({}, []))
class Mapping:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        if k == 'b':
            raise IndexError('no b')
        return k.upper()
t(lambda: dict(Mapping()))
class BadKeys:
    def keys(self):
        return 5
t(lambda: dict(BadKeys()))
print(str(KeyError('b')), str(KeyError(1, 2)), str(KeyError()), repr(KeyError('x')))
