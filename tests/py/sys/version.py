import sys

print(sys.version_info[:3], sys.version_info.major, sys.version_info.minor, sys.version_info.micro)
print(sys.version_info)
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info == (3, 11, 7, 'final', 0))
print(sys.version_info.releaselevel, sys.version_info.serial, len(sys.version_info))
major, minor, *rest = sys.version_info
print(major, minor, rest)
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
print(sys.version.startswith("3.11.7"))
print(hex(sys.hexversion))
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
try:
    type(sys.version_info)()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError:", e)
print(sys.version_info.index(11), sys.version_info.count(0))
print(hash(sys.version_info) == hash(tuple(sys.version_info)))
