import copy
h1 = [1, 2, 3]
h2 = copy.copy(h1)
h1[0] = 55
print(h1, h2)
h3 = copy.deepcopy(h1)
print(h3 == h1, h3 is h1)
nested = {"teas": ["green", "black"], "sizes": (1, 2)}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["teas"].append("oolong")
print(shallow["teas"], deep["teas"])
print(shallow["sizes"] is nested["sizes"], deep["sizes"] is nested["sizes"])
class Kettle:
    def __init__(self):
        self.water = [1]
k = Kettle()
k2 = copy.deepcopy(k)
k.water.append(2)
print(k2.water, type(k2).__name__)
