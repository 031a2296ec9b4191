import sys
import warnings



def show(message, category, filename, lineno, file=None, line=None):
    # print to stdout, in order, without the (absolute) file name
    print("%s:%s: %s: %s" % (filename.rsplit("/", 1)[-1], lineno,
                             category.__name__, message))


warnings.showwarning = show


def f(i):
    warnings.warn("from f %d" % (i % 2))


for i in range(4):
    f(i)                              # "default": once per location and text
warnings.warn("deprecated here", DeprecationWarning)   # shown in __main__
warnings.simplefilter("always")
for i in range(2):
    f(0)
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
warnings.warn("runtime", RuntimeWarning)
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", type(e).__name__, e)
warnings.resetwarnings()
warnings.warn(UserWarning("an instance"))
print(len(warnings.filters))
