from .. import sub
from ..sub import sub_value
from . import __name__ as inner_name
deep_value = (sub.sub_value, sub_value, inner_name)
