# The exact sequence of __lt__ calls made by list.sort (CPython's timsort: runs, binary
# insertion, galloping merges), and stability under reverse=True.
calls = []

class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        calls.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return "%s%d" % (self.tag, self.v)

vals = [5, 3, 8, 1, 9, 2, 7, 3, 5, 0]
items = [K(v, chr(97 + i)) for i, v in enumerate(vals)]
items.sort()
print(items)
print(len(calls), calls)

calls.clear()
items = [K(v, chr(97 + i)) for i, v in enumerate(vals)]
items.sort(reverse=True)
print(items)
print(len(calls), calls)

# a longer list: count comparisons only (deterministic pseudo-random data with runs)
def lcg(n):
    x = 12345
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000)
    return out

data = lcg(300) + list(range(200)) + list(range(500, 300, -1)) + lcg(150)
calls.clear()
objs = [K(v, "k") for v in data]
objs.sort()
print(len(calls), [o.v for o in objs[:12]], [o.v for o in objs[-12:]])
calls.clear()
objs.sort(key=lambda o: -o.v)
print(len(calls), [o.v for o in objs[:8]])

# stability with equal keys
recs = [(v % 5, i) for i, v in enumerate(data[:60])]
print(sorted(recs, key=lambda r: r[0])[:20])
print(sorted(recs, key=lambda r: r[0], reverse=True)[:20])

# descending runs are reversed in place only when strictly descending
class Eq:
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "%d.%d" % (self.v, self.i)
seq = [Eq(v, i) for i, v in enumerate([5, 4, 4, 3, 2, 2, 1, 1, 0])]
seq.sort()
print(seq)
