# fib.py: recursive calls (call overhead, small-int arithmetic, comparisons).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for i in range(4):
    total += fib(30)
print("fib checksum:", total)
