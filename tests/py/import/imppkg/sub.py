print("imppkg.sub executing", __name__, __package__)
sub_value = "sub"
