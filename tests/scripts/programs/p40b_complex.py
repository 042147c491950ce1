print((-8) ** (1 / 3))
print(complex(1, 2) * 2)
