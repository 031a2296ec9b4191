import sys
import os

print(len(sys.argv), os.path.basename(sys.argv[0]))
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(all(isinstance(p, str) for p in sys.path))
