# dict views: set-like keys and items, live updates, comparisons, set operations, reprs.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, type(k).__name__, type(v).__name__, type(it).__name__)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "b" in it, (1, 2, 3) in it)
print(list(k), list(v), list(it), sorted(k, reverse=True))
print(k == {"a", "b", "c"}, k == {"a"}, k != {"a"}, k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= k)
print(it == {("a", 1), ("b", 2), ("c", 3)}, k == ["a", "b", "c"], v == v, v == d.values())
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted({"a", "z"} & k), sorted(["x"] | k), sorted({"a"} - k))
print(sorted(it & {("a", 1)}), sorted(it - {("a", 1)}), k.isdisjoint({"x"}), k.isdisjoint(["a"]), it.isdisjoint(it))
print(sorted(k & d.keys()), sorted({"a": 0, "q": 1}.keys() & k), sorted(k | []))
d["d"] = 4
del d["a"]
print(k, v, it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
ik = iter(k)
print(next(ik), ik.__length_hint__(), list(ik), ik.__length_hint__())
iv = iter(it)
first = next(iv)
print(first, type(iv).__name__, list(iv))
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e)))
r = {}
r[1] = r
print(r.keys(), r.values(), r.items())
try:
    for key in k:
        d["zz" + key] = 0
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(len(d))
