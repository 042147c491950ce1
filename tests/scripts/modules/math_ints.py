import math

for n in [0, 1, 5, 10, 20, 25, 30, 100]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27))
print(math.gcd(2**100, 6**50), math.gcd(3**80 * 7, 3**70 * 11), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5))
print(math.lcm(2**64, 3**40))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52 + 1, 2**64 - 1, 2**64, 10**40, 10**41, 2**200 - 1]:
    print(n, math.isqrt(n))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (50, 25), (100, 3), (0, 0), (1000, 500)]:
    print(n, k, math.comb(n, k) % (10**12), math.perm(n, k) % (10**12))
print(math.perm(5), math.perm(5, None), math.comb(2**70, 2))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([1, 1e-16, 1e-16]), math.fsum([math.inf, 1]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum(x / 7 for x in range(100)))
