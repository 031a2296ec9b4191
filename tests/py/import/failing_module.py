import sys
for attempt in range(2):
    try:
        import helper_fail
    except ValueError as e:
        print("ValueError:", e, "helper_fail" in sys.modules)
