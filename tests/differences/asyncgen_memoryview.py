# asyncgen_memoryview.py - types refpy does not have yet, so no size to report.
#
# What differs: asynchronous generators raise NotImplementedError when
# created, and the builtin memoryview does not exist; CPython 3.11 reports
# sys.getsizeof(memoryview(b"abc")) == 184 and an async generator of a
# one-line body 176.
import sys

print(sys.getsizeof(memoryview(b"abc")))
