nums = range(1, 21)
print([n * n for n in nums if n % 3 == 0])
print({n % 5 for n in nums})
print({n: n ** 3 for n in range(6)})
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
words = ["Hello", "world", "Python", "is", "fun"]
print({w: len(w) for w in words if len(w) > 2})
print(sorted({c.lower() for w in words for c in w}))
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in words))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
x = 10
print([x for x in range(3)], x)
print(list(map(lambda s: s[::-1], words)), list(filter(str.istitle, words)))
print(dict(zip(words, map(len, words))), list(zip(*[(1, 'a'), (2, 'b')])))
print([w for w in words if (n := len(w)) > 3], n)
print(any(w.startswith("P") for w in words), all(w.isalpha() for w in words))
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*range(2),))
