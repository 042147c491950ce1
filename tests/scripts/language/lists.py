# Lists: building, slicing, mutating, sorting, comprehensions.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::3])
a.append(5)
a.extend([3, 5])
a.insert(0, 0)
print(a)
print(a.pop(), a.pop(0), a.index(4), a.count(1), 9 in a, 7 in a)
a.remove(1)
print(a)
b = sorted(a)
print(b, a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(x)]
print(squares, evens, pairs)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
c = a[:]
c[0] = 99
print(a[0] != c[0], a == a[:], [1, 2] < [1, 3], [1, 2] + [3], [0] * 4)
del c[1:3]
print(c)
c[1:2] = ["x", "y", "z"]
print(c)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested))
x, *rest = [1, 2, 3, 4]
first, second = "ab"
print(x, rest, first, second)
print(list(range(5)), list("abc"), list((1, 2)), [] == list())
print(sum([1, 2, 3]), min([4, 2, 8]), max([4, 2, 8]))
