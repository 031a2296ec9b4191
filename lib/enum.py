"""Enumerations (refpy's own implementation of the commonly used part of
`enum`): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, with the
reprs, lookups and errors of CPython 3.11."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "auto", "unique", "ReprEnum"]


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


class _EnumDict(dict):
    """The class namespace while an enum class body runs: records the
    member names in order and resolves auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = None
        self._generate = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key == "_generate_next_value_":
                self._generate = value
            dict.__setitem__(self, key, value)
            return
        if _is_dunder(key) or key in ("_ignore_",):
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        if key in self and not _is_descriptor(value):
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        if _is_descriptor(value) and not isinstance(value, auto):
            dict.__setitem__(self, key, value)
            return
        if isinstance(value, auto):
            if value.value is None:
                gen = self._generate or _default_generate
                value.value = gen(key, 1, len(self._member_names), self._last_values[:])
            value = value.value
        self._member_names.append(key)
        self._last_values.append(value)
        dict.__setitem__(self, key, value)


def _default_generate(name, start, count, last_values):
    for v in reversed(last_values):
        try:
            return v + 1
        except TypeError:
            pass
    return start


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        ns = _EnumDict()
        ns._cls_name = cls
        for base in bases:
            gen = getattr(base, "_generate_next_value_", None)
            if gen is not None and gen is not _default_generate_method:
                ns._generate = gen
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = classdict._member_names
        values = {name: dict.__getitem__(classdict, name) for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in values}
        member_type, first_enum = _find_types(bases)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"{cls}: cannot extend {base!r}")
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if bases and isinstance(bases[-1], EnumType):
            first_enum = bases[-1]
        if first_enum is not None:
            # the enum's own repr/str/format win over the data type's
            for mname in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if mname in classdict:
                    continue
                found = getattr(enum_class, mname)
                if found in (getattr(member_type, mname), getattr(object, mname)):
                    type.__setattr__(enum_class, mname, getattr(first_enum, mname))
            if ReprEnum is not None and ReprEnum in bases:
                if "__format__" not in classdict:
                    type.__setattr__(enum_class, "__format__", member_type.__format__)
                if "__str__" not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, "__str__", method)
        new = body.get("__new__")
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is None:
            for base in enum_class.__mro__[1:]:
                new = base.__dict__.get("__new_member__")
                if new is not None:
                    break
        use_args = member_type is not object
        for name in member_names:
            value = values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new is not None:
                member = new(enum_class, *args)
            elif use_args:
                member = member_type.__new__(enum_class, *args)
            else:
                member = object.__new__(enum_class)
            if not hasattr(member, "_value_"):
                if member_type is object:
                    member._value_ = value
                else:
                    member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            member._sort_order_ = len(enum_class._member_names_)
            # an alias: same value as an earlier member
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    member = other
                    break
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        if Enum is not None:
            # members are made; calling the class now looks them up
            if "__new__" in body:
                type.__setattr__(enum_class, "__new_member__", body["__new__"])
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
        if Flag is not None and issubclass(enum_class, Flag):
            flag_mask = 0
            for m in enum_class._member_map_.values():
                flag_mask |= m._value_
            enum_class._flag_mask_ = flag_mask
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(n, start + i) for i, n in enumerate(names)]
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            name, value = item
            classdict[name] = value
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            dict.__setitem__(classdict, "__module__", module)
        if qualname is not None:
            dict.__setitem__(classdict, "__qualname__", qualname)
        return EnumType.__new__(EnumType if isinstance(cls, EnumType) else type(cls),
                                class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(member).__qualname__!r} and {type(cls).__qualname__!r}")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__}: cannot delete Enum member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)


EnumMeta = EnumType


def _find_types(bases):
    member_type = object
    first_enum = None
    for base in bases:
        for c in base.__mro__:
            if c is object:
                continue
            if isinstance(c, EnumType):
                if first_enum is None:
                    first_enum = c
                if c.__dict__.get("_member_type_", object) is not object:
                    member_type = c._member_type_
                    break
            elif "__new__" in c.__dict__ or c in (int, str, float, tuple):
                member_type = c
                break
    return member_type, first_enum


Flag = None
ReprEnum = None
Enum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} "
                        f"instead of None or a valid member")

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def _generate_next_value_(name, start, count, last_values):
        return _default_generate(name, start, count, last_values)

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, "_value_repr_") else repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


_default_generate_method = Enum.__dict__["_generate_next_value_"]


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags (members combine with |, & and ^)."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        if value < 0 or value & ~flag_mask:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        member_type = cls._member_type_
        pseudo = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_
                 and bin(m._value_).count("1") == 1]
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and bin(m._value_).count("1") == 1 and m._value_ & self._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        if self._name_ is None:
            return f"<{self.__class__.__name__}: {self._value_!r}>"
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
