def total(prices):
    t = 0
    for p in prices:
        t = t + p
    return t
print(total([1, 2, 3]))
print(total([1, "2", 3]))
