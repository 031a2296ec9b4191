import ctypes
import sys

x = [1, 2]
print(ctypes.c_long.from_address(id(x)).value)
y = x
print(ctypes.c_long.from_address(id(x)).value)
z = [x, x]
print(ctypes.c_long.from_address(id(x)).value, sys.getrefcount(x))
del y, z
print(ctypes.c_long.from_address(id(x)).value)
print(ctypes.cast(id(x), ctypes.py_object).value is x)
print(ctypes.sizeof(ctypes.c_long), ctypes.sizeof(ctypes.c_int), ctypes.sizeof(ctypes.c_double), ctypes.sizeof(ctypes.c_char))
print(ctypes.c_int(5), ctypes.c_int(5).value, ctypes.c_ubyte(300).value, ctypes.c_byte(200).value, ctypes.c_double(1.5))
v = ctypes.c_long(7)
v.value = -3
print(v, v.value, ctypes.c_uint(-1).value, ctypes.c_long(2**64 + 5).value, ctypes.c_bool(3).value)
print(ctypes.c_char(b"a"), ctypes.c_void_p(None), ctypes.c_void_p(16).value)
refs = ctypes.c_long.from_address(id(x))
before = refs.value
keep = [x] * 3
print(refs.value - before)
