import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 1])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("abc", [1], fillvalue="-")))
print([(k, len(list(g))) for k, g in it.groupby("aaabbcddd")])
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise([1, 2, 3, 4])), list(it.islice(range(20), 2, 12, 3)))
print(list(it.product(range(2), repeat=3))[:4])
def running_avg(xs):
    for i, s in enumerate(it.accumulate(xs), 1):
        yield round(s / i, 2)
print(list(running_avg([10, 20, 30, 5])))
def chunks(iterable, n):
    i = iter(iterable)
    while True:
        c = list(it.islice(i, n))
        if not c: return
        yield c
print(list(chunks(range(10), 3)))
print(list(it.accumulate(range(5), initial=100)))
