import circ_ok_a
name = "b"
def get_a():
    return circ_ok_a.name
