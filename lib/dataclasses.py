"""Data classes (refpy's own implementation of PEP 557 / CPython 3.11's
dataclasses): @dataclass writes __init__, __repr__, __eq__ (and, on
request, ordering, __hash__ and frozen __setattr__) from the class's
annotated fields.  The methods are generated as source text and compiled,
as CPython does, so their names and error messages are the usual ones."""

import sys
import copy
import keyword

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple", "make_dataclass",
           "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"
_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},"
                f"metadata={self.metadata!r},kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(tp, "_is_classvar", False) or repr(tp).startswith("typing.ClassVar")


def _get_field(cls, name, tp, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(tp, InitVar) or tp is InitVar or (isinstance(tp, str) and tp.startswith("InitVar")):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{f.name} is not allowed: use default_factory")
    return f


def _compile(name, args, body, globals_, locals_, return_type=MISSING):
    # def __create_fn__(<locals>): def name(args): body; return name
    body = "\n".join(f"  {b}" for b in body) or "  pass"
    txt = f" def {name}({', '.join(args)}):\n{body}"
    local_vars = ", ".join(locals_.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    ns = {}
    exec(txt, globals_, ns)
    return ns["__create_fn__"](**locals_)


def _set_method(cls, name, fn):
    fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    if name in cls.__dict__:
        return True
    setattr(cls, name, fn)
    return False


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, globals_):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
    locals_ = {f"_type_{f.name}": f.type for f in fields}
    locals_.update({"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                    "__dataclass_builtins_object__": object})
    body = []
    for f in fields:
        default_name = f"_dflt_{f.name}"
        if f.default_factory is not MISSING:
            locals_[default_name] = f.default_factory
            if f.init:
                value = (f"{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY "
                         f"else {f.name}")
            else:
                value = f"{default_name}()"
        elif f.init:
            if f.default is not MISSING:
                locals_[default_name] = f.default
            value = f.name
        elif f.default is not MISSING:
            locals_[default_name] = f.default
            value = default_name
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__(self,{f.name!r},{value})")
        else:
            body.append(f"self.{f.name}={value}")
    if has_post_init:
        params = ",".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"self.__post_init__({params})")

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            default = ""
        elif f.default is not MISSING:
            default = f"=_dflt_{f.name}"
        else:
            default = "=_HAS_DEFAULT_FACTORY"
        return f"{f.name}:_type_{f.name}{default}"

    args = ["self"] + [param(f) for f in std_fields if f.init]
    if kw_only_fields:
        args += ["*"] + [param(f) for f in kw_only_fields if f.init]
    return _compile("__init__", args, body, globals_, locals_)


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _repr_fn(fields, globals_):
    parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields)
    fn = _compile("__repr__", ("self",),
                  ["key = id(self)",
                   "if key in __repr_running__:",
                   "  return '...'",
                   "__repr_running__.add(key)",
                   "try:",
                   f"  return self.__class__.__qualname__ + f\"({parts})\"",
                   "finally:",
                   "  __repr_running__.discard(key)"],
                  globals_, {"__repr_running__": set()})
    return fn


def _tuple_str(obj_name, fields):
    if not fields:
        return "()"
    return f"({','.join(f'{obj_name}.{f.name}' for f in fields)},)"


def _cmp_fn(name, op, self_tuple, other_tuple, globals_):
    return _compile(name, ("self", "other"),
                    ["if other.__class__ is self.__class__:",
                     f" return {self_tuple}{op}{other_tuple}",
                     "return NotImplemented"], globals_, {})


def _frozen_fns(cls, fields, globals_):
    names = "(" + ",".join(repr(f.name) for f in fields) + ("," if len(fields) == 1 else "") + ")"
    locals_ = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    cond = f"type(self) is cls or name in {names}" if fields else "type(self) is cls"
    setattr_fn = _compile("__setattr__", ("self", "name", "value"),
                          [f"if {cond}:",
                           " raise FrozenInstanceError(f\"cannot assign to field {name!r}\")",
                           "super(cls, self).__setattr__(name, value)"], globals_, locals_)
    delattr_fn = _compile("__delattr__", ("self", "name"),
                          [f"if {cond}:",
                           " raise FrozenInstanceError(f\"cannot delete field {name!r}\")",
                           "super(cls, self).__delattr__(name)"], globals_, locals_)
    return setattr_fn, delattr_fn


def _hash_fn(fields, globals_):
    return _compile("__hash__", ("self",), [f"return hash({_tuple_str('self', fields)})"],
                    globals_, {})


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots):
    fields_ = {}
    globals_ = sys.modules[cls.__module__].__dict__ if cls.__module__ in sys.modules else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current = getattr(b, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current
            any_frozen_base = any_frozen_base or current

    annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY")):
            if kw_only_now is True and False:
                pass
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw_only_now))
    for f in cls_fields:
        fields_[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields_)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init = [f for f in fields_.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std = [f for f in all_init if not f.kw_only]
    kwo = [f for f in all_init if f.kw_only]
    real = [f for f in fields_.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_method(cls, "__init__", _init_fn(cls, all_init, std, kwo, frozen,
                                              has_post_init, globals_))
    if repr:
        _set_method(cls, "__repr__", _repr_fn([f for f in real if f.repr], globals_))
    if eq:
        cmp_fields = [f for f in real if f.compare]
        _set_method(cls, "__eq__", _cmp_fn("__eq__", "==", _tuple_str("self", cmp_fields),
                                           _tuple_str("other", cmp_fields), globals_))
    if order:
        cmp_fields = [f for f in real if f.compare]
        for name, op in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")]:
            if _set_method(cls, name, _cmp_fn(name, op, _tuple_str("self", cmp_fields),
                                              _tuple_str("other", cmp_fields), globals_)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        for fn in _frozen_fns(cls, real, globals_):
            if _set_method(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")

    hash_fields = [f for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _hash_fn(hash_fields, globals_)
        cls.__hash__.__qualname__ = f"{cls.__qualname__}.__hash__"
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(hash_fields, globals_)
            cls.__hash__.__qualname__ = f"{cls.__qualname__}.__hash__"
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = cls.__name__ + "(" + ", ".join(
                f"{f.name}: {getattr(f.type, '__name__', f.type)}" for f in all_init) + ")"
        except Exception:
            cls.__doc__ = ""
    if match_args:
        _set_method_plain(cls, "__match_args__", tuple(f.name for f in std))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _set_method_plain(cls, name, value):
    if name not in cls.__dict__:
        setattr(cls, name, value)


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict["__slots__"] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields_ = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields_.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot "
                                 "be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False):
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in annotations:
            raise TypeError(f"Field name duplicated: {name!r}")
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
