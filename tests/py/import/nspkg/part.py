part_value = "namespace part"
