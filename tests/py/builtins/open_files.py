import os
path = "tmp_open_files.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name, f.closed)
    print(f.write("line1\n"), f.write("line2\r\nline3"))
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print([line for line in f])
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.read())
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read(5), f.read(3), repr(f.read()))
with open(path, "wb") as f:
    print(type(f).__name__, f.write(b"bin\x00ary"))
with open(path, "rb") as f:
    print(f.read(3), f.read())
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo €\n")
with open(path, encoding="utf-8") as f:
    print(f.read())
with open(path, "rb") as f:
    print(f.read())
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
for mode in ("rw", "q", "rb+t", "wx"):
    try:
        open(path, mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    open("does/not/exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    open(".", "w")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, "w").read()
except OSError as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read())
with open(path, "x" if not os.path.exists(path) else "r") as f:
    pass
os.remove(path)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
