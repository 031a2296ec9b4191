import os
here = os.path.dirname(os.path.abspath(__file__))
try:
    import circ.a
except ImportError as e:
    print(type(e).__name__ + ":", str(e).replace(here, "<here>"))
    print(e.name, e.path.replace(here, "<here>"))
import circ_ok_a
print(circ_ok_a.get_b(), circ_ok_a.circ_ok_b.get_a())
