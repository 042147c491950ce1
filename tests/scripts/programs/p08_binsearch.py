import bisect
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x: return mid, steps
        if a[mid] < x: lo = mid + 1
        else: hi = mid - 1
    return -1, steps
data = list(range(0, 100, 3))
for t in [0, 3, 50, 51, 99, 100, -1]:
    print(t, bsearch(data, t))
print(bisect.bisect_left(data, 50), bisect.bisect_right(data, 51), bisect.bisect(data, 99))
a = []
for x in [5, 1, 4, 1, 9, 2]:
    bisect.insort(a, x)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
def sqrt_int(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n: lo = mid
        else: hi = mid - 1
    return lo
print([sqrt_int(n) for n in [0, 1, 15, 16, 17, 10**20]])
