print("imppkg.lazy executing")
lazy_value = 7
