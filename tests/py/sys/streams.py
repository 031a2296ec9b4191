import sys

print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(sys.stdout).__name__, sys.stdout.mode, sys.stdin.mode, sys.stderr.mode)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.encoding, sys.stdout.writable(), sys.stdin.readable(), sys.stdout.readable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
n = sys.stdout.write("written\n")
print(n)
sys.stdout.writelines(["a", "b", "\n"])
sys.stdout.flush()
print(sys.stdout.closed)
sys.stderr.write("to stderr\n")
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
old = sys.stdout
sys.stdout = cap
print("captured", 1, 2)
print("x", end="")
sys.stdout = old
print(cap.parts)
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.flush()
print("last")
