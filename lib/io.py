"""Streams (refpy's own, small io module): open, StringIO, BytesIO,
TextIOWrapper and the other file types of open(), UnsupportedOperation,
and the SEEK_* constants."""

import sys

__all__ = ["open", "StringIO", "BytesIO", "TextIOWrapper", "BufferedReader",
           "BufferedWriter", "BufferedRandom", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

open = open
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192

TextIOWrapper = type(sys.stdout)


def _file_types():
    import os
    path = "/dev/null"
    types = {}
    for mode in ("rb", "wb", "r+b"):
        try:
            with open(path, mode) as f:
                types[mode] = type(f)
        except OSError:
            pass
    return types


_types = _file_types()
BufferedReader = _types.get("rb")
BufferedWriter = _types.get("wb")
BufferedRandom = _types.get("r+b")
del _types, _file_types

try:
    open("/dev/null", "w").read()
except OSError as _e:
    UnsupportedOperation = type(_e)
    del _e


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def fileno(self):
        raise UnsupportedOperation("fileno")


class _MemoryIO(IOBase):
    _empty = None

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    def getvalue(self):
        self._check_closed()
        return self._buf

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._buf)
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check_closed()
        nl = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = end
        return data

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if self._pos > len(self._buf):
            self._buf += self._fill * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""

    _newline = "\n"
    _fill = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        super().__init__(initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _newline = b"\n"
    _fill = b"\0"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes))

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")

    def write(self, s):
        self._check_type(s)
        return super().write(bytes(s))

    def getbuffer(self):
        return bytearray(self._buf)

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"
