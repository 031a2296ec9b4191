import sys
attempts = sys.modules.get("_fail_attempts", 0)
print("helper_fail running")
raise ValueError("import failed on purpose")
