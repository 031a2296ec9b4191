"""Common string constants and helpers (refpy's own implementation)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != d:
                out.append(c)
                i += 1
                continue
            if t.startswith(d, i + 1):
                out.append(d)
                i += 2
                continue
            j = i + 1
            braced = j < n and t[j] == "{"
            if braced:
                end = t.find("}", j)
                name = t[j + 1:end] if end >= 0 else ""
                nxt = end + 1
            else:
                k = j
                while k < n and (t[k].isalnum() or t[k] == "_") and t[k].isascii():
                    k += 1
                name = t[j:k]
                nxt = k
            if not name or not (name[0].isalpha() or name[0] == "_") or (braced and nxt == 0):
                if safe:
                    out.append(c)
                    i += 1
                    continue
                line = t[:i].count("\n") + 1
                col = i - (t.rfind("\n", 0, i) + 1) + 1
                raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[i:nxt])
            else:
                raise KeyError(name)
            i = nxt
        return "".join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._sub({**mapping, **kws}, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._sub({**mapping, **kws}, True)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
