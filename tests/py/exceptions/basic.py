import sys
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
        print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
    else:
        print("no")
    finally:
        print("finally")
    print(sys.exc_info())
f()

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

# the exception variable is deleted
try:
    raise TypeError("t")
except TypeError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# raise a class
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)

# bad raise
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)

# except with a non-exception class
try:
    try:
        1/0
    except int:
        pass
except TypeError as e:
    print(e)

# tuple of classes
try:
    {}["x"]
except (IndexError, KeyError) as e:
    print("tuple", repr(e))

# bare re-raise keeps the exception
def reraiser():
    try:
        int("q")
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised", e)

# nested handlers and exc_info
try:
    raise KeyError(1)
except KeyError:
    try:
        raise IndexError(2)
    except IndexError:
        print(sys.exc_info()[1])
    print(repr(sys.exc_info()[1]))
print(sys.exc_info())

# exception args and str
print(str(Exception()), str(Exception(1)), str(Exception(1, 2)), repr(KeyError('a')), str(KeyError('a')))
