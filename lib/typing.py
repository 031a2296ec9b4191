"""Type hints support (refpy's own, deliberately small implementation of
`typing`).  Annotations are evaluated at run time, so every name a program
commonly writes in a hint exists and can be subscripted: List[int],
Dict[str, int], Optional[str], Union[int, str], Callable[[int], str],
Tuple[int, ...], TypeVar, Generic[T], Protocol, NamedTuple, TypedDict,
Literal, ClassVar, Final, Annotated, cast, overload, get_type_hints ...
Static checking does nothing at run time, as in CPython."""

import sys
import collections
import abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is type(None) or obj is None:
        return "None"
    if isinstance(obj, (list, tuple)) and not hasattr(obj, "_fields"):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    if hasattr(obj, "__name__") and hasattr(obj, "__module__") and callable(obj) \
            and not isinstance(obj, (_BaseAlias, _SpecialForm, TypeVar)):
        return f"{obj.__module__}.{obj.__qualname__}"
    return repr(obj)


class _Final:
    __slots__ = ("__weakref__",)


class _SpecialForm(_Final):
    # a special form (Any, Union, Optional, ClassVar ...), subscripted with
    # [] to build an alias

    __slots__ = ("_name", "__doc__", "_getitem")

    def __init__(self, getitem, name):
        self._getitem = getitem
        self._name = name
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {"__name__", "__qualname__"}:
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _BaseAlias:
    """A subscripted generic: List[int], Union[int, str], MyGeneric[T]."""

    def __init__(self, origin, args, name=None, special_repr=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr(self)
        name = ("typing." + self._name) if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return name
        if self.__args__ == ((),):
            return f"{name}[()]"
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _BaseAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, _SpecialForm) or self._name in ("Union", "Optional"):
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        subst = dict(zip(self.__parameters__, params))
        return self.__class__(self.__origin__, tuple(subst.get(a, a) for a in self.__args__),
                              self._name, self._special_repr)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            if origin is Generic or issubclass(origin, Generic) or self._name is None:
                return (origin,) if origin not in bases else ()
            return (origin,)
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr in {"__origin__", "__args__"} or attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGeneric(_Final):
    """List, Dict, ... before subscription: usable as is (List is a stand-in
    for list) or subscripted."""

    def __init__(self, origin, name, nparams):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != "Tuple":
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f"arguments for typing.{self._name}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _BaseAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use "
                        f"{self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    @property
    def __name__(self):
        return self._name


# ---- special forms ----------------------------------------------------------------

def _any_getitem(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


Any = _SpecialForm(_any_getitem, "Any")
NoReturn = _SpecialForm(_any_getitem, "NoReturn")
Never = _SpecialForm(_any_getitem, "Never")
Self = _SpecialForm(_any_getitem, "Self")
LiteralString = _SpecialForm(_any_getitem, "LiteralString")
TypeAlias = _SpecialForm(_any_getitem, "TypeAlias")


def _one_param(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f"{self} accepts only single type.")
    alias = _BaseAlias(self, parameters, self._name)
    alias._is_classvar = self._name == "ClassVar"
    return alias


ClassVar = _SpecialForm(_one_param, "ClassVar")
Final = _SpecialForm(_one_param, "Final")
Required = _SpecialForm(_one_param, "Required")
NotRequired = _SpecialForm(_one_param, "NotRequired")
TypeGuard = _SpecialForm(_one_param, "TypeGuard")


def _flatten_union(params):
    out = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _BaseAlias) and p._name in ("Union", "Optional"):
            items = p.__args__
        else:
            items = (p,)
        for it in items:
            if it not in out:
                out.append(it)
    return tuple(out)


def _union_repr(alias):
    args = alias.__args__
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return f"typing.Optional[{_type_repr(other)}]"
    return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = _flatten_union(parameters)
    if len(params) == 1:
        return params[0]
    return _BaseAlias(self, params, "Union", _union_repr)


def _optional_getitem(self, parameters):
    return Union[parameters, None]


Union = _SpecialForm(_union_getitem, "Union")
Optional = _SpecialForm(_optional_getitem, "Optional")


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _BaseAlias(self, parameters, "Literal",
                      lambda a: "typing.Literal[" + ", ".join(map(repr, a.__args__)) + "]")


Literal = _SpecialForm(_literal_getitem, "Literal")


class _AnnotatedAlias(_BaseAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(_type_repr(self.__origin__),
                                                 ", ".join(repr(a) for a in self.__metadata__))


class Annotated:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(params[0], tuple(params[1:]))


# ---- TypeVar, Generic, Protocol ----------------------------------------------------------

class TypeVar(_Final):
    """Type variable: T = TypeVar('T')"""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)

    args = property(lambda self: self)
    kwargs = property(lambda self: self)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            for p in params:
                if not isinstance(p, (TypeVar, TypeVarTuple)):
                    raise TypeError("Parameters to Generic[...] must all be type variables "
                                    "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError("Parameters to Generic[...] must all be unique")
        return _BaseAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _BaseAlias):
                for a in base.__parameters__:
                    if a not in params:
                        params.append(a)
        cls.__parameters__ = tuple(params)


class _ProtocolMeta(abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_runtime_protocol", False) and cls.__dict__.get("_is_protocol"):
            return all(hasattr(instance, attr) for attr in _protocol_attrs(cls))
        return super().__instancecheck__(instance)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__) + list(getattr(base, "__annotations__", {})):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__",
                    "_is_protocol", "_is_runtime_protocol", "__dict__", "__args__",
                    "__slots__", "__next_in_mro__", "__parameters__", "__origin__",
                    "__orig_bases__", "__extra__", "__tree_hash__", "__doc__",
                    "__subclasshook__", "__init__", "__new__", "__module__",
                    "_MutableMapping__marker", "__qualname__", "__init_subclass__"):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance()."""
    if not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


# ---- the generic aliases of collections ------------------------------------------------------

def _alias(origin, name, nparams):
    return _SpecialGeneric(origin, name, nparams)


List = _alias(list, "List", 1)
Dict = _alias(dict, "Dict", 2)
Set = _alias(set, "Set", 1)
FrozenSet = _alias(frozenset, "FrozenSet", 1)
Tuple = _alias(tuple, "Tuple", -1)
Type = _alias(type, "Type", 1)
Deque = _alias(collections.deque, "Deque", 1)
DefaultDict = _alias(collections.defaultdict, "DefaultDict", 2)
OrderedDict = _alias(collections.OrderedDict, "OrderedDict", 2)
Counter = _alias(collections.Counter, "Counter", 1)
ChainMap = _alias(collections.ChainMap, "ChainMap", 2)
Text = str


class _ABCStandIn(_SpecialGeneric):
    # Iterable, Sequence, ... (collections.abc is not available): isinstance
    # checks by the presence of the methods
    def __init__(self, name, nparams, methods, concrete=()):
        super().__init__(object, name, nparams)
        self._methods = methods
        self._concrete = concrete

    def __instancecheck__(self, obj):
        if self._concrete and isinstance(obj, self._concrete):
            return True
        return all(hasattr(type(obj), m) for m in self._methods)

    def __subclasscheck__(self, cls):
        return all(hasattr(cls, m) for m in self._methods)

    def __mro_entries__(self, bases):
        return (object,)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _BaseAlias(self, params, self._name)


Iterable = _ABCStandIn("Iterable", 1, ("__iter__",))
Iterator = _ABCStandIn("Iterator", 1, ("__iter__", "__next__"))
Reversible = _ABCStandIn("Reversible", 1, ("__reversed__",))
Generator = _ABCStandIn("Generator", 3, ("__iter__", "__next__", "send", "throw"))
Sized = _ABCStandIn("Sized", 0, ("__len__",))
Container = _ABCStandIn("Container", 1, ("__contains__",))
Collection = _ABCStandIn("Collection", 1, ("__len__", "__iter__", "__contains__"))
Hashable = _ABCStandIn("Hashable", 0, ("__hash__",))
Sequence = _ABCStandIn("Sequence", 1, ("__getitem__", "__len__"), (list, tuple, str, range, bytes))
MutableSequence = _ABCStandIn("MutableSequence", 1, ("__getitem__", "__setitem__", "__len__", "insert"), (list,))
Mapping = _ABCStandIn("Mapping", 2, ("__getitem__", "__len__", "keys"), (dict,))
MutableMapping = _ABCStandIn("MutableMapping", 2, ("__getitem__", "__setitem__", "__delitem__", "keys"), (dict,))
AbstractSet = _ABCStandIn("AbstractSet", 1, ("__contains__", "__len__", "__iter__"), (set, frozenset))
MutableSet = _ABCStandIn("MutableSet", 1, ("add", "discard"), (set,))
Awaitable = _ABCStandIn("Awaitable", 1, ("__await__",))
Coroutine = _ABCStandIn("Coroutine", 3, ("__await__", "send", "throw"))
AsyncIterable = _ABCStandIn("AsyncIterable", 1, ("__aiter__",))
AsyncIterator = _ABCStandIn("AsyncIterator", 1, ("__aiter__", "__anext__"))
AsyncGenerator = _ABCStandIn("AsyncGenerator", 2, ("__aiter__", "__anext__", "asend"))
ContextManager = _ABCStandIn("ContextManager", 1, ("__enter__", "__exit__"))
AsyncContextManager = _ABCStandIn("AsyncContextManager", 1, ("__aenter__", "__aexit__"))
SupportsInt = _ABCStandIn("SupportsInt", 0, ("__int__",))
SupportsFloat = _ABCStandIn("SupportsFloat", 0, ("__float__",))
SupportsIndex = _ABCStandIn("SupportsIndex", 0, ("__index__",))
SupportsAbs = _ABCStandIn("SupportsAbs", 1, ("__abs__",))
SupportsRound = _ABCStandIn("SupportsRound", 1, ("__round__",))


class _CallableStandIn(_ABCStandIn):
    def __init__(self):
        super().__init__("Callable", 2, ("__call__",))

    def __instancecheck__(self, obj):
        return callable(obj)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., result)
            rep = "typing.Callable[..., {}]".format(_type_repr(result))
        else:
            flat = tuple(args) + (result,)
            rep = "typing.Callable[[{}], {}]".format(", ".join(_type_repr(a) for a in args),
                                                    _type_repr(result))
        return _BaseAlias(self, flat, "Callable", lambda a, r=rep: r)


Callable = _CallableStandIn()


# ---- NamedTuple and TypedDict ----------------------------------------------------------------------

class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = collections.namedtuple(typename, types.keys(),
                                        defaults=[ns[n] for n in default_names],
                                        module=ns["__module__"])
        nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types)
        for key in ns:
            if key in ("__module__", "__qualname__", "__annotations__", "_root",
                       "__orig_bases__", "__doc__") and key != "__doc__":
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "_field_defaults",
                       "__new__", "__init__", "__slots__", "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple): x: int"""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nm_tpl = collections.namedtuple(typename, [n for n, t in fields],
                                    module=sys._getframe(1).f_globals.get("__name__", "__main__"))
    nm_tpl.__annotations__ = dict(fields)
    return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {"_root": True})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        keys = frozenset(annotations)
        tp_dict.__required_keys__ = keys if total else frozenset()
        tp_dict.__optional_keys__ = frozenset() if total else keys
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace.  At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields)}
    try:
        ns["__module__"] = sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# ---- functions -------------------------------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def get_origin(tp):
    if isinstance(tp, (_BaseAlias, _SpecialGeneric)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _BaseAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with string
    annotations evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            g = sys.modules[base.__module__].__dict__ if base.__module__ in sys.modules else {}
            for name, value in ann.items():
                if isinstance(value, str):
                    value = eval(value, globalns or g, localns or dict(vars(base)))
                hints[name] = value
        return hints
    ann = getattr(obj, "__annotations__", None) or {}
    g = globalns if globalns is not None else getattr(obj, "__globals__", {})
    hints = {}
    for name, value in ann.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = eval(value, g, localns)
        hints[name] = value
    return hints


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class ForwardRef(_Final):
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


IO = TextIO = BinaryIO = object
Pattern = Match = object
