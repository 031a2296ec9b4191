import sys

def attempt(*args):
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args)

attempt()
attempt(None)
attempt(0)
attempt(3)
attempt("message")
attempt((1, 2))
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
sys.exit(5)
