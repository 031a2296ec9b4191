for x in y:

# comment
foo()
