def risky(x):
    return 10 / x
try:
    risky(0)
except ZeroDivisionError:
    data = [1, 2, 3]
    print(data[5])
