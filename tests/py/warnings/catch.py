import warnings


def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    old()
    old()
    warnings.warn("plain")
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith("catch.py"))
print(len(warnings.filters))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        old()
    except DeprecationWarning as e:
        print("error:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 7, "  code line  "))
shown = []
warnings.showwarning = lambda *a: shown.append(a[:4])
warnings.warn("custom show")
print(shown[0][0], shown[0][1].__name__, shown[0][3])
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
