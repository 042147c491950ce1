# itertools recipes from the CPython documentation, built on the module's tools
from itertools import (chain, combinations, count, cycle, groupby, islice, repeat, starmap, tee,
                       zip_longest, filterfalse, accumulate, product)
import operator
import functools

def take(n, iterable):
    return list(islice(iterable, n))

def tabulate(function, start=0):
    return map(function, count(start))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        if key is None:
            seen.add(element)
            yield element
        else:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        next(islice(it, i, i), None)
        for _ in range(i):
            next(it, None)
    return zip(*its)

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def running_mean(values):
    return [t / n for n, t in enumerate(accumulate(values), 1)]

print(take(5, tabulate(lambda x: x * x)), nth(range(10), 3), nth('ab', 5, 'none'))
print(all_equal('aaaa'), all_equal('aab'), all_equal(''), quantify([1, 0, 2, 0, 3]))
print(list(ncycles('ab', 3)), list(flatten([[1, 2], [3], []])))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda v: v % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 3)))
print(dotproduct([1, 2, 3], [4, 5, 6]), first_true([0, None, '', 7, 8]), first_true([], 'd'))
print(running_mean([2, 4, 6, 8]))
print(list(starmap(operator.mul, product(range(1, 4), repeat=2))))

# a word-frequency report: sort, group, count, rank
text = 'the cat and the hat and the bat sat on the mat'
words = sorted(text.split())
freq = sorted(((w, len(list(g))) for w, g in groupby(words)), key=operator.itemgetter(1), reverse=True)
print(freq[:3])
totals = functools.reduce(lambda acc, kv: acc + kv[1], freq, 0)
print(totals, len(words))
table = [(name, score) for name, score in zip(cycle(['ann', 'bo']), [3, 5, 7, 9])]
table.sort(key=operator.itemgetter(0, 1))
print(table, [(k, sum(map(operator.itemgetter(1), g))) for k, g in groupby(table, operator.itemgetter(0))])
