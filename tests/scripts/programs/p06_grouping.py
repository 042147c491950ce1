from collections import defaultdict
from itertools import groupby
records = [("fruit", "apple"), ("veg", "carrot"), ("fruit", "banana"), ("veg", "pea"), ("grain", "rice"), ("fruit", "fig")]
groups = defaultdict(list)
for cat, item in records:
    groups[cat].append(item)
for cat in sorted(groups):
    print(cat, "->", ", ".join(groups[cat]))
print(dict(groups))
srt = sorted(records, key=lambda r: r[0])
for k, g in groupby(srt, key=lambda r: r[0]):
    print(k, [x[1] for x in g])
words = "one two three four five six seven eight nine ten".split()
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({k: len(v) for k, v in sorted(by_len.items())})
first = {}
for w in words:
    first.setdefault(w[0], set()).add(w)
print(sorted((k, sorted(v)) for k, v in first.items()))
inv = {v: k for k, v in enumerate(words)}
print(inv["five"], list(inv)[:3])
d = dict(zip("abc", range(3)))
d.update(d=3, e=4)
print(d, d.pop("a"), d.popitem(), d.get("zz", "none"), "b" in d)
merged = {**d, "x": 9} | {"b": 100}
print(merged)
for i, (k, v) in enumerate(merged.items()):
    print(i, k, v, end="; ")
print()
nested = defaultdict(lambda: defaultdict(int))
for a, b in [("x", "y"), ("x", "z"), ("x", "y"), ("w", "y")]:
    nested[a][b] += 1
print({k: dict(v) for k, v in nested.items()})
