class C:
    def m(self):
        nonlocal q
