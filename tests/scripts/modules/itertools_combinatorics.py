# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement, islice

print(list(product('ab', range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'xy', repeat=2))[:5], len(list(product('ab', 'xy', repeat=2))))
print(list(product()), list(product('abc')), list(product('ab', [])), list(product([], repeat=0)))
print(list(product('a', repeat=0)), list(product(range(2), (), 'x')))
print(sum(1 for _ in product(range(4), repeat=4)))
g = product(iter([1, 2]), iter('xy'))
print(next(g), next(g), list(g))
for kwargs in [{'repeat': -1}, {'repeat': 'x'}]:
    try:
        product('ab', **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    product(1)
except TypeError as e:
    print('TypeError', e)

print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations([])), list(permutations('ab', 0)), list(permutations('ab', 3)))
print(len(list(permutations(range(6)))), list(islice(permutations(range(10), 3), 4)))
print([''.join(p) for p in permutations('xyz', 2)])

print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))), list(combinations([1, 1, 2], 2)))

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)),
      list(combinations_with_replacement('ab', 0)))
print(len(list(combinations_with_replacement(range(5), 3))))

for f, args in [(permutations, ('ab', -1)), (combinations, ('ab', -1)), (combinations, ('ab',)),
                (combinations_with_replacement, ('ab', -2)), (permutations, ('ab', 1.5)),
                (combinations, ("ab", "x")), (permutations, (5,)),
                (permutations, ("ab", "x")), (combinations_with_replacement, ("ab",))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# a classic: solve a tiny puzzle by brute force
digits = range(1, 10)
sols = [(a, b, c) for a, b, c in permutations(digits, 3) if a + b + c == 12 and a * b * c == 48]
print(sols)
pairs = [p for p in combinations(range(1, 10), 2) if sum(p) == 10]
print(pairs)
