from circ import b
A = "A"
