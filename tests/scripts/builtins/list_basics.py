# list: construction, indexing, slicing, methods, comparison, repr (CPython 3.11 results).
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::2], a[::-1], a[-3:], a[100:], a[5:2:-1])
print(list(), list("abc"), list((1, 2)), list(range(4)), list({1: 2, 3: 4}), list(x * x for x in range(5)))
b = a.copy()
b.append(7)
b.extend([8, 9])
b.extend((10,))
b.extend(range(11, 13))
b.extend("ab")
b += [0]
b += (1,)
print(b)
b.insert(0, "first")
b.insert(-1, "penultimate")
b.insert(100, "last")
b.insert(-100, "very first")
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b.index(4), b.count(1), b.index(1, 3), b.index(1, -5))
b.remove("first")
print(b)
b.reverse()
print(b)
b.clear()
print(b, len(b))

# slice assignment and deletion
c = list(range(10))
c[2:5] = ["a", "b"]
print(c)
c[1:1] = [100, 200, 300]
print(c)
c[::3] = "wxyz"
print(c)
del c[::2]
print(c)
del c[1:3]
print(c)
c[:] = range(5)
print(c)
c[len(c):] = [5, 6]
print(c)
c[-2:] = []
print(c)
c[1:3] = c
print(c)
del c[-1]
c[0] = "zero"
print(c)
d = list(range(10))
d[8:2:-2] = ["p", "q", "r"]
print(d)
del d[::-3]
print(d)

# repetition and concatenation
print([1, 2] * 3, 3 * [0], [1] * 0, [] * 5, [1, 2] + [3], [[]] * 2)
e = [1, 2]
e *= 2
print(e)
e *= 0
print(e)

# comparisons
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [1, [2]] == [1, [2]], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], 1 in [1.0], n in [n], "a" in ["a", "b"], 3 not in [1, 2])

# sorting
f = [5, 2, 8, 1, 9, 3]
f.sort()
print(f)
f.sort(reverse=True)
print(f)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
big = [(i * 7919) % 1000 for i in range(2000)]
big.sort()
print(big[:10], big[-10:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
stab = [(i % 3, i) for i in range(30)]
stab.sort(key=lambda t: t[0])
print(stab)
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted([[2, 1], [1, 2], [1]]))

# repr with recursion
r = [1, 2]
r.append(r)
print(r, len(r))
r2 = [r, (r,)]
print(r2)
print(repr([]), repr([None, True, "x", 1.5, (1,)]))

# reversed and iteration
print(list(reversed([1, 2, 3])), [x for x in [1, 2, 3]], list(reversed([])))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
print(type(iter([])).__name__, type(reversed([])).__name__)

# mutation while iterating
m = [1, 2, 3]
for x in m:
    if x == 1:
        m.append(4)
print(m)
m = [1, 2, 3, 4]
for x in m:
    m.remove(x)
print(m)

# list as a stack and membership of identical objects
s = []
for i in range(5):
    s.append(i)
while s:
    print(s.pop(), end=" ")
print()
print([1, 2, 3].__len__(), [1, 2].__getitem__(1), [5, 6].__contains__(6))
