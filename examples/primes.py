# primes.py: the sieve of Eratosthenes, with timing-free output so it can be compared with python3.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, prime in enumerate(is_prime) if prime]

primes = sieve(10_000)
print(f"{len(primes)} primes below 10000; the last five: {primes[-5:]}")
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps)[:6]:
    print(f"gap {gap:2}: {gaps[gap]:4} times")
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(f"{len(twins)} twin prime pairs, the largest {twins[-1]}")
