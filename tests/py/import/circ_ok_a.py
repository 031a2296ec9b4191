import circ_ok_b
name = "a"
def get_b():
    return circ_ok_b.name
