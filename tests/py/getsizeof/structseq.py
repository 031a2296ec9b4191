import time, sys
for o in [time.gmtime(0), sys.flags, sys.version_info, sys.float_info]:
    t = type(o)
    print(t.__name__, t.__itemsize__, len(o), t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, o.__sizeof__(), sys.getsizeof(o))
