print(repr(credits)); print(repr(license)); print(repr(help)); print(type(credits), type(help))
import sys
print(sys.thread_info, sys.getdlopenflags(), sys.get_coroutine_origin_tracking_depth(), sys.call_tracing(len, ([1,2],)), sys.dont_write_bytecode)
print(repr(copyright))
