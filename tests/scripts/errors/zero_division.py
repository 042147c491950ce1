# ZeroDivisionError: the carets point at the division inside a longer expression.
def average(values):
    total = sum(values)
    return total / len(values) + 0

print(average([1, 2, 3]))
print(average([]))
