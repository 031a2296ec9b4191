import gc

gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.get_count()[0] <= 5)
gc.unfreeze()
print(gc.get_freeze_count())
