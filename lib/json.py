"""JSON encoder and decoder (refpy's own implementation of `json`, with
the output format and error messages of CPython 3.11's)."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError",
           "JSONEncoder"]

INFINITY = float("inf")


class JSONDecodeError(ValueError):
    """Subclass of ValueError with: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---- encoding ---------------------------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def _float(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        chunks = []
        self._encode(o, markers, indent, 0, chunks)
        return iter(chunks)

    def _encode(self, o, markers, indent, level, out):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, markers, indent, level, out)
        elif isinstance(o, dict):
            self._encode_dict(o, markers, indent, level, out)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            self._encode(self.default(o), markers, indent, level, out)
            if markers is not None:
                del markers[marker]

    def _enter(self, o, markers):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o

    def _encode_list(self, lst, markers, indent, level, out):
        if not lst:
            out.append("[]")
            return
        self._enter(lst, markers)
        out.append("[")
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            separator = self.item_separator
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, markers, indent, level, out)
        if indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("]")
        if markers is not None:
            del markers[id(lst)]

    def _encode_dict(self, dct, markers, indent, level, out):
        if not dct:
            out.append("{}")
            return
        self._enter(dct, markers)
        out.append("{")
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, "
                                f"not {key.__class__.__name__}")
            if not first:
                out.append(item_separator)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, markers, indent, level, out)
        if indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("}")
        if markers is not None:
            del markers[id(dct)]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, cls=None, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting
    file-like object)."""
    if cls is None:
        cls = JSONEncoder
    for chunk in cls(**kw).iterencode(obj):
        fp.write(chunk)


# ---- decoding ---------------------------------------------------------------------

_WS = " \t\n\r"
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
              "r": "\r", "t": "\t"}
_CONSTANTS = {"-Infinity": -INFINITY, "Infinity": INFINITY, "NaN": float("nan")}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def _value(self, s, idx):
        if idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return self._string(s, idx + 1)
        if c == "{":
            return self._object(s, idx + 1)
        if c == "[":
            return self._array(s, idx + 1)
        if c == "n" and s.startswith("null", idx):
            return None, idx + 4
        if c == "t" and s.startswith("true", idx):
            return True, idx + 4
        if c == "f" and s.startswith("false", idx):
            return False, idx + 5
        if c == "N" and s.startswith("NaN", idx):
            return self.parse_constant("NaN"), idx + 3
        if c == "I" and s.startswith("Infinity", idx):
            return self.parse_constant("Infinity"), idx + 8
        if c == "-" and s.startswith("-Infinity", idx):
            return self.parse_constant("-Infinity"), idx + 9
        return self._number(s, idx)

    def _number(self, s, idx):
        n = len(s)
        i = idx
        if i < n and s[i] == "-":
            i += 1
        if i < n and s[i] == "0":
            i += 1
        elif i < n and "1" <= s[i] <= "9":
            while i < n and "0" <= s[i] <= "9":
                i += 1
        else:
            raise StopIteration(idx)
        integer_end = i
        frac = exp = ""
        if i + 1 < n and s[i] == "." and "0" <= s[i + 1] <= "9":
            j = i + 1
            while j < n and "0" <= s[j] <= "9":
                j += 1
            frac = s[i:j]
            i = j
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            k = j
            while k < n and "0" <= s[k] <= "9":
                k += 1
            if k > j:
                exp = s[i:k]
                i = k
        if frac or exp:
            return self.parse_float(s[idx:integer_end] + frac + exp), i
        return self.parse_int(s[idx:integer_end]), i

    def _string(self, s, end):
        chunks = []
        begin = end - 1
        n = len(s)
        while True:
            start = end
            while end < n and s[end] not in '"\\' and (s[end] >= " " or not self.strict):
                end += 1
            if end >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[start:end])
            c = s[end]
            end += 1
            if c == '"':
                break
            if c != "\\":
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            if end >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[end]
            if esc != "u":
                ch = _BACKSLASH.get(esc)
                if ch is None:
                    raise JSONDecodeError("Invalid \\escape", s, end - 1)
                chunks.append(ch)
                end += 1
                continue
            uni = self._hex4(s, end + 1)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == "\\u":
                uni2 = self._hex4(s, end + 2)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))
        return "".join(chunks), end

    @staticmethod
    def _hex4(s, pos):
        esc = s[pos:pos + 4]
        if len(esc) == 4 and esc[1] not in "xX":
            try:
                return int(esc, 16)
            except ValueError:
                pass
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)

    def _object(self, s, end):
        pairs = []
        end = _skip(s, end)
        if s[end:end + 1] != '"':
            if s[end:end + 1] == "}":
                return self._finish_object(pairs), end + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = self._string(s, end)
            end = _skip(s, end)
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip(s, end + 1)
            try:
                value, end = self._value(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip(s, end)
            c = s[end:end + 1]
            end += 1
            if c == "}":
                break
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip(s, end)
            c = s[end:end + 1]
            end += 1
            if c != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes",
                                      s, end - 1)
        return self._finish_object(pairs), end

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj

    def _array(self, s, end):
        values = []
        end = _skip(s, end)
        if s[end:end + 1] == "]":
            return values, end + 1
        while True:
            try:
                value, end = self._value(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = _skip(s, end)
            c = s[end:end + 1]
            end += 1
            if c == "]":
                break
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip(s, end)
        return values, end


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"the JSON object must be str, bytes or bytearray, "
                            f"not {s.__class__.__name__}")
        s = s.decode("utf-8")
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
