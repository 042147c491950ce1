# loops.py: integer loops (local variables, arithmetic, comparisons, while and for).
def work(n):
    acc = 0
    i = 0
    while i < n:
        acc = (acc + i * i) % 1000003
        i += 1
    for j in range(n):
        if j & 1:
            acc += j
        else:
            acc -= j // 2
    return acc

print("loops checksum:", work(3000000))
