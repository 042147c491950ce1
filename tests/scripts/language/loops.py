# for and while loops with break, continue and else.
for i in range(5):
    if i == 3:
        continue
    print(i, end=" ")
print()
for i in range(10):
    if i * i > 20:
        print("break at", i)
        break
else:
    print("no break")
for i in range(3):
    pass
else:
    print("loop finished, i =", i)
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while done")
while True:
    n -= 1
    if n < 2:
        break
print("n after", n)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b, end="; ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
        print((outer, inner), end=" ")
print()
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
total = 0
for k in {"a": 1, "b": 2}:
    total += len(k)
print(total)
