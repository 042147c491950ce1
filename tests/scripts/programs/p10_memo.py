from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))
print(fib.cache_info())
memo = {}
def count_paths(r, c):
    if (r, c) in memo: return memo[(r, c)]
    if r == 0 or c == 0: return 1
    memo[(r, c)] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return memo[(r, c)]
print(count_paths(16, 16))
@cache
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 20)])
def memoize(f):
    cache_ = {}
    def wrapper(*args):
        if args not in cache_:
            cache_[args] = f(*args)
        return cache_[args]
    return wrapper
@memoize
def lcs(a, b):
    if not a or not b: return 0
    if a[0] == b[0]: return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs("AGGTAB", "GXTXAYB"))
def coin_change(coins, amount):
    dp = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                dp[a] = min(dp[a], dp[a - c] + 1)
    return dp[amount] if dp[amount] != float("inf") else -1
print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3))
@lru_cache(maxsize=2)
def sq(x):
    return x * x
for x in [1, 2, 1, 3, 1, 2]:
    sq(x)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
