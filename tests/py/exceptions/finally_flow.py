def f1():
    try:
        return "try"
    finally:
        print("finally 1")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"

def f4():
    try:
        1/0
    finally:
        return "swallowed"

def f5():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            if x == 2:
                continue

def f6():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        return "outer caught " + str(e)

def f7():
    for x in [1, 2]:
        try:
            pass
        finally:
            break
    return x

print(f1(), f2(), f3(), f4(), f5(), f6(), f7())

def gen_count():
    n = 0
    try:
        for i in range(5):
            try:
                if i % 2:
                    raise ValueError(i)
            except ValueError as e:
                n += 1
                continue
            finally:
                n += 10
    finally:
        n += 100
    return n
print(gen_count())

def nested_return():
    try:
        try:
            return 1
        finally:
            print("a")
    finally:
        print("b")
print(nested_return())

def exc_in_finally():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(exc_in_finally())
