# helper for the finalizer tests: collect what goes to sys.stderr, with
# addresses made neutral
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def __enter__(self):
        self.old = sys.stderr
        sys.stderr = self
        return self
    def __exit__(self, *exc):
        sys.stderr = self.old
        return False
    def lines(self):
        out = []
        for line in "".join(self.parts).splitlines():
            while " at 0x" in line:
                i = line.index(" at 0x")
                j = i + 6
                while j < len(line) and line[j] in "0123456789abcdef":
                    j += 1
                line = line[:i] + " at ADDR" + line[j:]
            if line.startswith('  File "'):
                # the test's folder differs from one checkout to another
                path = line[8:line.index('"', 8)]
                line = '  File "' + path.rsplit("/", 1)[-1] + line[8 + len(path):]
            out.append(line)
        return out
    def show(self):
        for line in self.lines():
            print("|", line)
