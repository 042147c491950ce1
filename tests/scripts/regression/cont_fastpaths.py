# cont_fastpaths.py: the container fast paths (slice unpacking, slice assignment, tuple free lists,
# sorted() with typed compares, sum/min/max/len inline paths, range and list iterators) answer
# exactly as the general code does.
import sys


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


a = list(range(20))
print(a[2:5], a[::-1], a[::3], a[-3:], a[:-3], a[5:2], a[5:2:-1], a[100:], a[-100:2])
print(a[True:3], a[Idx(2):Idx(6):Idx(2)], a[2**70:], a[-2**70:3], a[::-2**70], a[::2**70])
print(a[1:2**40], a[-2**40:2**40:7])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["x":]
except TypeError as e:
    print("TypeError:", e)
t = tuple(range(10))
print(t[::2], t[-1:-4:-1], t[3:], t[:0], t[Idx(1):Idx(3)])
print("abcdefg"[1:5:2], "abcdefg"[::-1], b"abcdef"[::-2])

# slice assignment: shrink, grow, same size, self, more than the on-stack buffer
b = list(range(10))
b[2:5] = ["x"]
print(b)
b[1:2] = list(range(40))
print(len(b), b[:5], b[-5:])
b[0:40] = b[40:]
print(b)
b[:] = b
print(b)
c = list(range(50))
c[3:45] = range(42, 0, -1)
print(c[:6], c[-6:], len(c))
c[::2] = "a" * 25
print(c[:6])
del c[::3]
print(c[:8], len(c))
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
perm = list(range(9))
for k in range(8, 0, -1):
    perm[:k + 1] = perm[k::-1]
print(perm)

# tuples from the free lists look fresh
def pairs(n):
    return [(i, -i) for i in range(n)]


for _ in range(3):
    ps = pairs(5)
    print(ps, sys.getsizeof(ps[0]), sys.getsizeof(tuple(range(19))), sys.getsizeof((1,) * 25))
    del ps
x = (1, 2)
y = (1, 2)
print(x == y, x is not y or x is y, sys.getrefcount(tuple([1, 2, 3])))

# sorted with typed compares
print(sorted([5, -1, 3, 2**40, -2**40, 0]))
print(sorted([3.5, -1.0, 2.25, float("inf")]))
print(sorted(["b", "a", "ab", "", "ba"]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a", 0), (1, "a")]))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 3.5)]))
print(sorted([(2**70, 1), (1, 2), (-2**70, 3)]))
print(sorted([(1.5, "x"), (0.5, "y"), (1.5, "a")], reverse=True))
print(sorted([(1, 2), (1,), (0, 5)], key=lambda t: t))
words = ["pear", "apple", "fig", "kiwi", "apple", "fig"]
counts = {w: words.count(w) for w in words}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1,), ("a",)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(), (1,), ()]))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        sorted([(3, 1), (1, 2), (2, 3)])       # a sort inside a comparison of another
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Eq({self.v})"


print(sorted([(1, Eq(2), 0), (1, Eq(1), 5), (0, Eq(9), 1), (1, Eq(1), 2)]))

# sum / min / max / len
print(sum(range(100)), sum([True, True, 3]), sum([2**62, 2**62, 2**62]), sum([1, 2.5, 3]))
print(sum([2**62, -2**62, 1]), sum(x for x in range(10**5)), sum([], 5), sum([[1], [2]], []))
print(sum([1, 2], 0.5), sum([-2**63, -1]), sum(iter([1, 2, 3])))
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)


def gen_fail():
    yield 1
    raise KeyError("boom")


try:
    sum(gen_fail())
except KeyError as e:
    print("KeyError:", e)
print(max([3, 1, 2]), min([3, 1, 2]), max(2**40, 3), min(-2**40, 3), max([1.5, 2.5, -1.0]))
print(max([1, 2.5, 2]), min([2, 2.0]), max([2.0, 2]), max([3, 3, 1], key=lambda v: -v))
print(max((x * 7919) % 10007 for x in range(1000)), min([], default="none"))
nan = float("nan")
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([5, True]), max([True, 1]))
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(len([1, 2]), len(()), len("abc"), len({1: 2}), len(range(10**6)), len([0] * 300))
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError:", e)
print(list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(2**62, 2**62 + 3)))
print(list(range(-2**63, -2**63 + 2)), list(range(300, 250, -17)))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), list(it))
r = iter(range(3))
print(list(r), list(r))
# an emptied list assigned an empty slice gives its storage back (getsizeof as CPython)
e = [1, 2, 3, 4, 5, 6, 7, 8]
e.pop(); e.pop(); e.pop(); e.pop(); e.pop(); e.pop(); e.pop(); e.pop()
s1 = sys.getsizeof(e)
e[:] = []
print(s1, sys.getsizeof(e))
f = [1, 2, 3]
f[0:3] = (7, 8, 9)
f[1:2] = [f]
print(len(f), f[0], f[2], f[1] is f)
