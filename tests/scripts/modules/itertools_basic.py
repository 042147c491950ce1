# itertools: infinite iterators, the filtering/grouping/slicing tools, their laziness and errors
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
                       groupby, islice, pairwise, starmap, takewhile, tee, zip_longest)
import operator

# count
c = count(5)
print(repr(c), next(c), next(c), c)
print(list(islice(count(), 4)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
print(count(), count(5, 1.0), count(1.5, 2), count(2, -1), repr(count(step=3)))
print(list(zip('abc', count(1))), iter(c) is c)
for args in [('a',), (1, 'b')]:
    try:
        count(*args)
    except TypeError as e:
        print('TypeError', e)

# cycle
cy = cycle('ab')
print([next(cy) for _ in range(5)], list(cycle([])), list(islice(cycle(range(3)), 7)))

# repeat
r = repeat('x', 3)
print(repr(r), next(r), r, list(r), r, repr(repeat(1)), repeat(None, -2))
print(list(repeat([1], 2)), list(map(pow, range(4), repeat(2))), list(repeat(7, times=2)))
print(operator.length_hint(repeat('a', 4)), list(islice(repeat('z'), 3)))
try:
    repeat()
except TypeError as e:
    print('TypeError', e)

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([])), list(accumulate('abc')))
print(list(accumulate(range(5), lambda a, b: a - b, initial=10)))

# chain
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(chain.from_iterable([[1], [], [2, 3]])), list(chain.from_iterable(repeat('ab', 2))))
try:
    chain.from_iterable(1)
except TypeError as e:
    print('TypeError', e)
ch = chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print('TypeError', e)

# compress, dropwhile, takewhile, filterfalse
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
it = iter(range(10))
print(list(takewhile(lambda x: x < 3, it)), next(it))

# starmap, pairwise
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, zip('ab', 'cd'))))
print(list(pairwise('ABCD')), list(pairwise([1])), list(pairwise([])))

# groupby
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for key, grp in groupby(data, key=operator.itemgetter(0)):
    print(key, [v for _, v in grp])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
gb = groupby([1, 1, 2, 2, 3])
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))    # advancing the groupby invalidates g1
gb = groupby('aabbc')
k, g = next(gb)
print(k, next(g))
k, g2 = next(gb)
print(k, list(g2), list(g), [k for k, _ in gb])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x // 2)])
print([(k, list(g)) for k, g in groupby([1.0, 1, True, 2])])

# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(20), 1, 15, 4)), list(islice('AB', 5)))
print(list(islice('ABC', None)), list(islice('ABC', None, None, None)), list(islice('ABC', 5, 2)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 6, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
for args in [(-1,), (1, -1), (-1, 3), (0, 1, 0), (0, 1, -1), (), (1, 2, 3, 4), ('a',), (1.5, 3),
             (0, 2 ** 70)]:
    try:
        islice('abc', *args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# tee
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(zip(y, z)))
print(tee([1], 0), len(tee(range(3))))
try:
    tee([], -1)
except ValueError as e:
    print('ValueError', e)

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest('ab')))
try:
    zip_longest([1], 2)
except TypeError as e:
    print('TypeError', e)

# laziness: nothing is consumed before it is asked for
seen = []
def noisy(n):
    for i in range(n):
        seen.append(i)
        yield i
m = map(operator.neg, takewhile(lambda v: v < 100, noisy(10)))
print(seen, next(m), seen)
print(list(islice(accumulate(count(1)), 5)), list(islice(chain.from_iterable(repeat([1, 2])), 5)))
try:
    for v in islice(count(), 'x'):
        pass
except ValueError as e:
    print('ValueError', e)
print(sorted(n for n in dir(itertools) if not n.startswith('_') and n != 'sys')[:6])
