# struct_time_basicsize.py - __basicsize__ of struct sequence types with hidden fields.
#
# What differs: CPython 3.11 gives a struct sequence type the tuple's
# basicsize (24) and keeps its hidden (attribute-only) fields past ob_size;
# refpy counts the hidden fields in __basicsize__ (time.struct_time: 40).
# sys.getsizeof and __sizeof__ agree with CPython (they count the visible
# fields only, as CPython's do).
# CPython 3.11 prints: 24 112 (refpy: 40 112)
import sys, time

t = time.gmtime(0)
print(type(t).__basicsize__, sys.getsizeof(t))
