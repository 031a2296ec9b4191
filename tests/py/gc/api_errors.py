import gc
for args in [(), (1,2,3,4), ('a',), (2**40,), (-1,), (1.5,), (2**70,)]:
    try: print(gc.set_threshold(*args))
    except Exception as e: print(type(e).__name__, e)
for a in [-1, 3, 'x', 2**70, None, 1.5, True]:
    try: print(gc.collect(a))
    except Exception as e: print(type(e).__name__, e)
    try: print(len(gc.get_objects(a))>=0)
    except Exception as e: print(type(e).__name__, e)
for a in ['x', 2**70, 1.0, 2**31, -2**31-1]:
    try: print(gc.set_debug(a), gc.get_debug())
    except Exception as e: print(type(e).__name__, e)
gc.set_debug(0)
print(gc.get_threshold())
for f in [gc.enable, gc.disable, gc.isenabled, gc.get_count, gc.get_threshold, gc.get_debug, gc.freeze, gc.unfreeze, gc.get_freeze_count, gc.get_stats]:
    try: f(1)
    except Exception as e: print(type(e).__name__, e)
for f in [gc.is_tracked, gc.is_finalized, gc.set_debug]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
    try: f(1,2)
    except Exception as e: print(type(e).__name__, e)
try: gc.collect(1, 2)
except Exception as e: print(type(e).__name__, e)
try: gc.collect(gen=1)
except Exception as e: print(type(e).__name__, e)
print(gc.collect(generation=0) >= 0)
try: gc.get_objects(1, 2)
except Exception as e: print(type(e).__name__, e)
print(gc.get_referents(), gc.get_referrers.__name__, gc.get_referents(1, 'a', None))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(sorted(n for n in dir(gc) if not n.startswith('__')))
print(gc.collect.__doc__ == None, gc.__name__, type(gc.garbage), type(gc.callbacks))
