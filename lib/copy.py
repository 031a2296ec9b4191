"""Shallow and deep copy operations (refpy's own implementation).

    copy.copy(x)      a shallow copy: a new container holding the same items
    copy.deepcopy(x)  a deep copy: the items are copied too, recursively

Behaviour follows CPython 3.11's copy module:

  * Immutable "atoms" (None, numbers, str, bytes, types, functions, ranges
    ...) are returned as they are: copying them could never be observed.
    A shallow copy of a tuple or frozenset is the object itself too.
  * A class controls its copies with __copy__(self) and
    __deepcopy__(self, memo).  Otherwise copyreg.dispatch_table, then
    __reduce_ex__(4) (the pickle protocol) describe how to rebuild the
    object, so instances are copied WITHOUT calling __init__.
  * deepcopy keeps a memo: a dict from id(original) to its copy.  Shared
    sub-objects stay shared in the copy, and cycles end.  Every original
    that got a copy is also appended to memo[id(memo)], the "keep-alive"
    list, so that an original cannot die (and its id be reused) while the
    memo still refers to it by id.
"""

import copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the old name


def _kinds_of(*samples):
    # the types of a few sample objects, skipping samples we cannot make
    return [type(s) for s in samples if s is not None]


def _function_sample():
    return None


def _code_sample():
    try:
        return _function_sample.__code__
    except AttributeError:
        return None


try:
    from _weakref import ref as _weakref_type
except ImportError:
    _weakref_type = None

# Objects of these types are never copied, shallow or deep.
_ATOMS = [type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
          complex, bytes, str, type, range, property, type(len),
          type(_function_sample)]
_ATOMS += _kinds_of(_code_sample())
if _weakref_type is not None:
    _ATOMS.append(_weakref_type)

# Shallow copies: atoms, plus tuple, frozenset and slice (immutable
# containers are their own shallow copy); mutable built-in containers
# are copied with their own .copy() method.
_shallow = {}
for _t in _ATOMS + [tuple, frozenset, slice]:
    _shallow[_t] = None          # None means "the object itself"
for _t in (list, dict, set, bytearray):
    _shallow[_t] = _t.copy
del _t


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _shallow:
        how = _shallow[cls]
        return x if how is None else how(x)
    if issubclass(cls, type):
        return x                 # classes (of any metaclass) are atoms
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    rv = _reduce(x, cls, "(shallow)")
    if isinstance(rv, str):
        return x                 # a global: copied by reference
    return _rebuild(x, None, *rv)


def _reduce(x, cls, what):
    # how to rebuild x: copyreg's table first, then the pickle protocol
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    method = getattr(x, "__reduce_ex__", None)
    if method is not None:
        return method(4)
    method = getattr(x, "__reduce__", None)
    if method is not None:
        return method()
    raise Error("un%scopyable object of type %s" % (what, cls))


# ---- deep copies ---------------------------------------------------------

def _deep_atom(x, memo):
    return x


def _deep_list(x, memo):
    y = []
    memo[id(x)] = y              # before the items: a cycle finds y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # a cycle through a mutable item may already have copied x
    try:
        return memo[id(x)]
    except KeyError:
        pass
    # all items copied to themselves: the tuple is its own copy
    for i in range(len(x)):
        if items[i] is not x[i]:
            return tuple(items)
    return x


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deep_method(x, memo):
    # a bound method: the same function bound to a copy of its object
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep = {}
for _t in _ATOMS:
    _deep[_t] = _deep_atom
_deep[list] = _deep_list
_deep[tuple] = _deep_tuple
_deep[dict] = _deep_dict


# the bound-method type, without a throwaway class (a deleted class is
# cyclic garbage that a later gc.collect() would count)
_deep[type(_function_sample.__get__(0))] = _deep_method
del _t

_absent = []


def deepcopy(x, memo=None, _nil=_absent):
    """Return a deep copy of x.

    memo is the dict of objects already copied during the current pass
    (id(original) -> copy); pass it on when calling deepcopy from a
    __deepcopy__ method.
    """
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    deep = _deep.get(cls)
    if deep is not None:
        y = deep(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        else:
            rv = _reduce(x, cls, "(deep)")
            if isinstance(rv, str):
                y = x
            else:
                y = _rebuild(x, memo, *rv)
    if y is not x:
        # remember the copy, and keep the original alive while the memo
        # refers to it by its id
        memo[key] = y
        _keep(x, memo)
    return y


def _keep(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None,
             *, deepcopy=deepcopy):
    # Build the copy from a __reduce_ex__ result:
    #   y = func(*args); then state (__setstate__ or __dict__ and slots),
    #   list items (y.append) and dict items (y[k] = v).
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state is not None:
                y.__dict__.update(state)
            if slots is not None:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


del _kinds_of, _code_sample
