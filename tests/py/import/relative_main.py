from . import anything
