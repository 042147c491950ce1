# Dicts keep insertion order; tuples; sets of small ints.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), "one" in d, 1 in d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(list(d.keys()), list(d.values()))
d["one"] = 100
del d["two"]
print(d, d.pop("three"), d, d.setdefault("z", 26), d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
squares = {n: n * n for n in range(5)}
print(squares, {**squares, 9: 81})
merged = dict(a=1, b=2)
merged.update({"b": 3, "c": 4})
print(merged, dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
t = (1, "two", 3.0)
print(t, t[1], len(t), t + (4,), (5,) * 2, (1,), ())
a, b, c = t
print(a, b, c, t.index("two"), t.count(1))
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, sorted(s | {5}), sorted(s & {1, 9}), sorted(s - {1}))
points = {(0, 0): "origin", (1, 0): "east"}
print(points[(1, 0)], sorted(points))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"])
print(d == {"one": 100, "z": 26}, {1: 2} != {1: 3})
