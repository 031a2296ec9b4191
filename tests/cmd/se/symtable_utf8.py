def f(x):
    "ééé"; global x
