print(list(range(10, 0, -3)), range(5)[2], len(range(0, 100, 7)), 7 in range(0, 10, 7), range(3) == range(0, 3))
print(list(enumerate("ab", start=5)), list(zip([1, 2, 3], "ab")), list(map(pow, [2, 3], [3, 2])))
print(sorted({3: "a", 1: "b"}), sorted("bca", reverse=True), list(reversed(range(4))))
print(isinstance(3, (int, float)), isinstance(True, int), type(3.0), type([]).__name__, callable(len), callable(3))
print(divmod(20, 6), hash(1) == hash(1.0), id(None) == id(None), bool([]), bool([0]), bool(""), bool("0"))
print(all([]), any([]), sum([[1], [2]], []), min("hello"), max([3, 1], default=0), max([], default="empty"))
print(chr(65) + chr(0x263A), ord("€"), repr(3), eval("1 + 2 * 3"), int.__name__, str(type(None)))
x = [1, 2, 3]
y = x
y.append(4)
z = x.copy()
z.append(5)
print(x, y is x, z, x == [1, 2, 3, 4])
a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
t = (1,)
print(t, type(t).__name__, (1) == 1, tuple(), list((1, 2)), set(), dict(), frozenset([1, 1, 2]))
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, len(s))
lst = [5, 3, 8]
lst.insert(1, 9); lst.extend([0]); lst.remove(8); del lst[0]
print(lst, lst[::2], lst * 2, [0] * 3, lst + [1], lst.index(0))
lst[1:3] = ["a", "b", "c"]
print(lst, lst[-2:], lst[:-2])
print(globals().get("nothing"), "x" in dir(), __name__, getattr(str, "upper")("a"))
print(sorted([3, 1, 2], key=lambda v: -v), list(filter(None, [0, 1, "", "a", None])), next(iter([]), "dflt"))
print(print.__name__, len.__doc__ is not None, str.join.__name__, (lambda: 0).__name__)
print(int.__add__(3, 4), (3).__add__(4), "ab".__len__(), [].__class__, object().__class__.__name__)
print(round(7.0), round(7.6), type(round(7.6)), round(7.65, 1), abs(-0.0), max("a", "B"), min(3, 3.0))
print(slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], "abcdef"[::-2], list(range(5))[-100:100])
