from circ.a import A
B = "B"
