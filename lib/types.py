"""Names for built-in types (refpy's own implementation of `types`).

Each name is the type of a sample object; a type that refpy cannot make a
sample of is left out.  Also provides new_class, prepare_class,
resolve_bases and SimpleNamespace.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
SimpleNamespace = type(sys.implementation)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


# a bound method without a throwaway class (a deleted class is cyclic
# garbage that gc.collect() would count)
MethodType = type(_f.__get__(0))

try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass

try:
    MappingProxyType = type(type.__dict__)
except AttributeError:
    pass

def _cell_sample():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


try:
    CellType = type(_cell_sample())
except (AttributeError, TypeError):
    pass
del _cell_sample


def _g():
    yield 1


GeneratorType = type(_g())


async def _co():
    pass


try:
    _c = _co()
    CoroutineType = type(_c)
    _c.close()
    del _c
except Exception:
    pass


async def _ag():
    yield 1


try:
    AsyncGeneratorType = type(_ag())
except Exception:
    pass

try:
    GetSetDescriptorType = type(FunctionType.__code__)
except AttributeError:
    pass
try:
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    pass
try:
    WrapperDescriptorType = type(object.__init__)
    MethodWrapperType = type(object().__str__)
    MethodDescriptorType = type(str.join)
    ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
except (AttributeError, KeyError, TypeError):
    pass

try:
    raise TypeError
except TypeError as _exc:
    try:
        TracebackType = type(_exc.__traceback__)
        FrameType = type(_exc.__traceback__.tb_frame)
    except AttributeError:
        pass
    del _exc

try:
    GenericAlias = type(list[int])
except TypeError:
    pass
try:
    UnionType = type(int | str)
except TypeError:
    pass


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.
    Returns (metaclass, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def coroutine(func):
    """Convert a regular generator function into a coroutine (no-op here)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func


__all__ = [n for n in globals() if n[:1] != "_" and n != "sys"]
del sys, _f, _g, _co, _ag
