print("helper_a executing", __name__)
value = 42
_private = 1
def func():
    return "func result"
class Klass:
    pass
