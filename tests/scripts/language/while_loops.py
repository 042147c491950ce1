# while loops: counting, searching, Collatz, digits.
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz_steps(n) for n in range(1, 12)], collatz_steps(27))
n = 987654321
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits, sum(digits))
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
lo, hi = 0, 10 ** 6
target = 123457
while lo < hi:
    mid = (lo + hi) // 2
    if mid * mid < target:
        lo = mid + 1
    else:
        hi = mid
print("isqrt ceiling", lo)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
count = 0
while count < 100000:
    count += 1
print(count)
