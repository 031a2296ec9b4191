print("imppkg init", __name__, __package__)
pkg_value = "from init"
from . import sub
from .sub import sub_value as copied
