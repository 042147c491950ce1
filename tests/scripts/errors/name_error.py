# NameError for an undefined variable, with CPython 3.11's carets and suggestion.
def show(value):
    print("value:", value)

count = 3
show(count)
show(cuont)
